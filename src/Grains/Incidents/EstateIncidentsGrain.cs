using Anju.Estates;

namespace Anju.Incidents;

/// <summary>An estate's incident book. Holds no incidents yet: the incidents capability fills it.</summary>
public sealed class EstateIncidentsGrain : Grain, IEstateIncidentsGrain
{
    public Task<IncidentSection> GetSectionAsync() => Task.FromResult(IncidentSection.Empty);
}
