using Anju.Estates;

namespace Anju.Incidents;

/// <summary>An estate's incident book: which incidents are open there and their counts.
/// Key: <see cref="Keys.EstateIncidents"/>. The estate pulls <see cref="GetSectionAsync"/> when it
/// activates and is pushed newer sections through <see cref="IEstateGrain.ReportIncidentsAsync"/>.</summary>
[Alias("Anju.Incidents.IEstateIncidentsGrain")]
public interface IEstateIncidentsGrain : IGrainWithStringKey
{
    /// <summary>The current counts. Interleaves and never calls the estate: the estate awaits it while activating.</summary>
    [ReadOnly, AlwaysInterleave]
    Task<IncidentSection> GetSectionAsync();

    /// <summary>Opens a case here (the estate must exist, and the grid, building or dwelling named must be in it),
    /// or, for a device alarm already open for the same device and alarm type, counts an occurrence on that case.</summary>
    Task<IncidentSnapshot> FileAsync(FileIncident command);

    /// <summary>A case of this estate changed; the newest version per case is kept. Interleaves: a case whose clock
    /// fires reports while the book may be awaiting that same case (a repeated alarm).</summary>
    [AlwaysInterleave]
    Task ReportAsync(IncidentSummary summary);

    /// <summary>The cases matching <paramref name="query"/>, newest first.</summary>
    [ReadOnly, AlwaysInterleave]
    Task<IReadOnlyList<IncidentSummary>> ListAsync(IncidentQuery query);

    /// <summary>Counts in total and per grid.</summary>
    [ReadOnly, AlwaysInterleave]
    Task<IncidentBoard> GetBoardAsync();
}
