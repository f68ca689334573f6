using System.Collections.Concurrent;

namespace Anju.Demo.Benchmark;

/// <summary>The change log of every estate the load touches, shared by the load (writer) and the screens (readers).</summary>
public sealed class BenchLiveAcks
{
    private readonly ConcurrentDictionary<string, BenchLiveAckLog> _estates = new(StringComparer.Ordinal);

    /// <summary>The answer to an event of <paramref name="estateId"/>, sent at <paramref name="sentTicks"/> (UTC), arrived just
    /// now and showed <paramref name="changes"/> dwelling version steps (one per command that landed).</summary>
    public void Acknowledged(string estateId, long sentTicks, int changes = 1)
    {
        if (changes > 0)
        {
            For(estateId).Add(sentTicks, changes);
        }
    }

    public BenchLiveAckLog For(string estateId) => _estates.GetOrAdd(estateId, _ => new BenchLiveAckLog());
}
