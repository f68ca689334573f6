namespace Anju.Community;

/// <summary>Persisted state of an estate's environment (state name "environment"): garbage stations, sorting months and
/// matters recorded by hand, all facts. The incidents' counts are read from the estate's book, not kept.</summary>
[GenerateSerializer, Alias("Anju.Community.EnvironmentState")]
internal sealed class EnvironmentState
{
    [Id(0)] public List<GarbageStation> Stations { get; set; } = [];

    [Id(1)] public List<SortingMonth> Months { get; set; } = [];

    [Id(2)] public List<EnvironmentMatter> Matters { get; set; } = [];

    [Id(3)] public long Version { get; set; }
}
