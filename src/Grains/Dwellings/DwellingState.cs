namespace Anju.Dwellings;

/// <summary>Persisted state of a dwelling grain (state name "dwelling").</summary>
[GenerateSerializer, Alias("Anju.Dwellings.DwellingState")]
public sealed class DwellingState
{
    [Id(0)] public string EstateId { get; set; } = "";
    [Id(1)] public string DwellingId { get; set; } = "";
    [Id(2)] public double FloorArea { get; set; }
    [Id(3)] public OccupancyState State { get; set; }
    [Id(4)] public long Version { get; set; }
    [Id(5)] public List<OccupancyTransition> History { get; set; } = [];

    /// <summary>True once created; a fresh activation of an unknown key has no estate.</summary>
    public bool Exists => EstateId.Length > 0;

    public DwellingSummary ToSummary() => new(DwellingId, Version, State);

    public DwellingSnapshot ToSnapshot() => new(EstateId, DwellingId, FloorArea, State, Version, [.. History]);
}
