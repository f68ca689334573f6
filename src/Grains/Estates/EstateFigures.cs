using Anju.Contracts;
using Anju.Districts;
using Anju.Estates.Health;
using Anju.Facilities;
using Anju.Grids;

namespace Anju.Estates;

/// <summary>
/// An estate's live figures, derived and held in memory: its grids' summaries and the incident and security sections
/// their grains report, each newest-wins (a repeated or reordered report changes nothing), under one rising version.
/// Rebuilt from the reporting grains when the estate activates.
/// </summary>
internal sealed class EstateFigures
{
    private readonly Dictionary<string, GridSummary> _grids = new(StringComparer.Ordinal);
    private IncidentSection _incidents = IncidentSection.Empty;
    private SecuritySection _security = SecuritySection.Empty;
    private FacilitySection _facilities = FacilitySection.Empty;
    private Community.SatisfactionSection _satisfaction = Community.SatisfactionSection.Empty;
    private (int Residents, IReadOnlyDictionary<string, int> ByZone)? _populationSent;
    private long _version;
    private DateTimeOffset _updatedAt;

    public IReadOnlyCollection<GridSummary> Grids => _grids.Values;

    /// <summary>Which tenures the estate's dwellings have in which zone ("" for an estate without zones), as far as
    /// the grids have reported: what a contract attachment is checked against (§6.3).</summary>
    public IEnumerable<DwellingZoning> Zoning() =>
        _grids.Values.SelectMany(g => g.Tenures.Where(t => t.Value > 0).Select(t => new DwellingZoning(g.ZoneId ?? "", t.Key)));

    /// <summary>From activation: the figures pulled from the grids and sections, dated as the stored facts.</summary>
    public void Start(IEnumerable<GridSummary> grids, EstateSectionReports sections, DateTimeOffset updatedAt, DateTimeOffset now)
    {
        foreach (var grid in grids)
        {
            _grids[grid.GridId] = grid;
        }

        (_incidents, _security, _facilities, _updatedAt) = (sections.Incidents, sections.Security, sections.Facilities, updatedAt);
        _satisfaction = sections.Satisfaction;
        _version = Rollups.NextVersion(_version, now);
    }

    /// <summary>True when the report is newer than the one held (the figures changed).</summary>
    public bool Report(GridSummary grid) => Rollups.ApplyNewest(_grids, grid.GridId, grid, g => g.Version);

    public bool Report(IncidentSection section) => Newer(ref _incidents, section, section.Version > _incidents.Version);

    public bool Report(SecuritySection section) => Newer(ref _security, section, section.Version > _security.Version);

    public bool Report(FacilitySection section) => Newer(ref _facilities, section, section.Version > _facilities.Version);

    public bool Report(Community.SatisfactionSection section) => Newer(ref _satisfaction, section, section.Version > _satisfaction.Version);

    /// <summary>Something changed: a new version, dated now.</summary>
    public void Changed(DateTimeOffset now)
    {
        _updatedAt = now;
        _version = Rollups.NextVersion(_version, now);
    }

    public EstateStatus Status(EstateState s, HealthOptions health) => EstateRollup.Status(
        s, _grids.Values, new EstateSections(_incidents.Counts, _security.Counts, _facilities.Counts) { Satisfaction = _satisfaction.Counts }, _version, _updatedAt, health);

    /// <summary>The population to tell the security desk (§5.2: guard staffing follows it), or null when it has heard it.</summary>
    public PopulationReport? PopulationToSend(EstateState s, long version)
    {
        var population = EstateRollup.Population(s, _grids.Values);
        if (_populationSent is { } sent && sent.Residents == population.Residents
            && sent.ByZone.Count == population.ByZone.Count
            && sent.ByZone.All(z => population.ByZone.TryGetValue(z.Key, out var n) && n == z.Value))
        {
            return null;
        }

        _populationSent = population;
        return new PopulationReport(version, population.Residents, population.ByZone);
    }

    private static bool Newer<T>(ref T held, T reported, bool isNewer)
    {
        if (isNewer)
        {
            held = reported;
        }

        return isNewer;
    }
}
