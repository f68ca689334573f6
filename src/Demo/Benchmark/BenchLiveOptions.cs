using Anju.Demo.City;

namespace Anju.Demo.Benchmark;

/// <summary>
/// What <c>bench-live</c> runs: <see cref="Clients"/> SignalR screens on the dashboard at <see cref="Dashboard"/>,
/// events at <see cref="Rate"/> per second through the API at <see cref="Api"/>, measured for <see cref="Duration"/>
/// after <see cref="Warmup"/>. The pids name the processes whose CPU is read (found by port when null);
/// <see cref="City"/> is seeded only when the database is empty. With <see cref="Prewarm"/> every dwelling is read
/// once first, so the measured load meets a silo that has been running (all dwellings active), not a cold one.
/// <see cref="Protocol"/> is the hub protocol of the screens.
/// </summary>
public sealed record BenchLiveOptions(
    Uri Api,
    Uri Dashboard,
    int Clients,
    double Rate,
    TimeSpan Duration,
    TimeSpan Warmup,
    int Seed,
    int MaxInFlight,
    int? DashboardPid,
    int? SiloPid,
    CityOptions City,
    bool Prewarm = true,
    BenchLiveProtocol Protocol = BenchLiveProtocol.MessagePack);

/// <summary>The SignalR hub protocol the benchmark's screens speak: the browser screens' JSON, or the binary
/// MessagePack a .NET screen would choose (a third of the bytes and far cheaper to decode, which matters when the
/// 200 screens share the machine with the silo).</summary>
public enum BenchLiveProtocol
{
    MessagePack,
    Json,
}
