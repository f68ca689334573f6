using System.Buffers;
using Orleans.Serialization;
using Orleans.Storage;

namespace Anju.Journal;

/// <summary>
/// How a journaled state is written to <c>anju_state_journal</c>: a format byte, then Orleans' binary
/// encoding of the state (version-tolerant through its <c>[Id]</c> fields): on the high-rate path the storage
/// serializer's JSON (type names, reference tracking) is a large share of a change's cost, the binary codec a
/// small one (docs/benchmarks.md). Rows written before this format
/// (JSON, which always starts with <c>{</c>) are still read, with the storage serializer.
/// </summary>
internal sealed class JournalPayload<TState>(Serializer<TState> binary, IGrainStorageSerializer json)
{
    /// <summary>First byte of a row in the binary format.</summary>
    public const byte Binary = 1;

    private const int MaxKeptBuffer = 256 * 1024;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    /// <summary>Encodes into a buffer kept per thread (the write has no await), so a row costs one array of its
    /// exact size rather than the codec's array and a copy with the format byte in front.</summary>
    public ReadOnlyMemory<byte> Write(TState state)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(4096);
        buffer.ResetWrittenCount();
        buffer.GetSpan(1)[0] = Binary;
        buffer.Advance(1);
        binary.Serialize(state, buffer);
        var payload = buffer.WrittenSpan.ToArray();
        if (buffer.Capacity > MaxKeptBuffer)
        {
            t_buffer = null; // one huge state does not pin its buffer on this thread for good
        }

        return payload;
    }

    public TState? Read(ReadOnlyMemory<byte> payload) => payload.Span switch
    {
        [Binary, ..] => binary.Deserialize(payload[1..]),
        [(byte)'{', ..] => json.Deserialize<TState>(new BinaryData(payload)),
        [] => throw new InvalidOperationException("An empty journal payload holds no state."),
        _ => throw new InvalidOperationException($"Unknown journal payload format {payload.Span[0]}."),
    };
}
