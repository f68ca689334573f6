namespace Anju.Demo.Benchmark.Ingest;

/// <summary>The ingest load: <see cref="Integrations"/> counts measured in turn, each a closed loop of batches of
/// <see cref="BatchSize"/> heartbeats over the estates it serves.</summary>
public sealed record IngestBenchOptions(
    int Estates, int CamerasPerEstate, int BatchSize, IReadOnlyList<int> Integrations, TimeSpan Duration, TimeSpan Warmup, int? SiloPid);
