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
}
