using System.Collections.Concurrent;

namespace Anju.Demo.Benchmark;

/// <summary>The acknowledgement log of every estate the load touches, shared by the load (writer) and the screens (readers).</summary>
public sealed class BenchLiveAcks
{
    private readonly ConcurrentDictionary<string, BenchLiveAckLog> _estates = new(StringComparer.Ordinal);

    /// <summary>An event of <paramref name="estateId"/> was acknowledged just now.</summary>
    public void Acknowledged(string estateId) => For(estateId).Add();

    public BenchLiveAckLog For(string estateId) => _estates.GetOrAdd(estateId, _ => new BenchLiveAckLog());
}
