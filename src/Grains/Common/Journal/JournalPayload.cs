using Orleans.Serialization;
using Orleans.Storage;

namespace Anju.Common.Journal;

/// <summary>
/// How a journaled state is written to <c>anju_state_journal</c>: a format byte, then Orleans' binary
/// encoding of the state (version-tolerant through its <c>[Id]</c> fields). Profiled on the high-rate
/// path, the storage serializer's JSON (type names, reference tracking) cost about a fifth of the silo's
/// CPU per dwelling change; the binary codec is a fraction of that. Rows written before this format
/// (JSON, which always starts with <c>{</c>) are still read, with the storage serializer.
/// </summary>
public sealed class JournalPayload<TState>(Serializer<TState> binary, IGrainStorageSerializer json)
{
    /// <summary>First byte of a row in the binary format.</summary>
    public const byte Binary = 1;

    public ReadOnlyMemory<byte> Write(TState state)
    {
        var encoded = binary.SerializeToArray(state);
        var payload = new byte[encoded.Length + 1];
        payload[0] = Binary;
        encoded.CopyTo(payload.AsSpan(1));
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
