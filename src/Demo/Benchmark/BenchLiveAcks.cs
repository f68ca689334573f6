using System.Collections.Concurrent;

namespace Anju.Demo.Benchmark;

/// <summary>The acknowledgement log of every estate the load touches, shared by the load (writer) and the screens (readers).</summary>
public sealed class BenchLiveAcks
{
    private readonly ConcurrentDictionary<string, BenchLiveAckLog> _estates = new(StringComparer.Ordinal);

    /// <summary>An event of <paramref name="estateId"/>, sent at <paramref name="sentTicks"/> (UTC), was acknowledged just now.</summary>
    public void Acknowledged(string estateId, long sentTicks) => For(estateId).Add(sentTicks);

    public BenchLiveAckLog For(string estateId) => _estates.GetOrAdd(estateId, _ => new BenchLiveAckLog());
}
