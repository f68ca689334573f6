using Anju.Dwellings;

namespace Anju.Grids;

/// <summary>Persisted state of a grid grain (state name "grid").</summary>
[GenerateSerializer, Alias("Anju.Grids.GridState")]
internal sealed class GridState
{
    [Id(0)] public string EstateId { get; set; } = "";
    [Id(1)] public string GridId { get; set; } = "";
    [Id(2)] public string Name { get; set; } = "";
    [Id(3)] public string? ZoneId { get; set; }
    [Id(4)] public List<GridStaff> Staff { get; set; } = [];

    /// <summary>The grid's dwellings: a fact, written before an addition is acknowledged.</summary>
    [Id(5)] public SortedSet<string> Members { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The dwellings' latest summaries as of the last clean deactivation (derived data).</summary>
    [Id(6)] public Dictionary<string, DwellingSummary> Snapshot { get; set; } = new(StringComparer.Ordinal);

    /// <summary>True only while the snapshot is known complete: set on deactivation, cleared on activation.
    /// An activation that finds it false (the silo died) rebuilds from the dwellings.</summary>
    [Id(7)] public bool Clean { get; set; }

    public bool Exists => GridId.Length > 0;
}
