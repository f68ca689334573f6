using Anju.Districts;
using Anju.Dwellings;

namespace Anju.Grids;

/// <summary>The newest summary of each of a grid's dwellings, with the tally kept in step with what is held. Derived:
/// rebuilt from the dwellings (or the grid's clean-shutdown snapshot) when the grid activates.</summary>
internal sealed class GridDwellings
{
    private Dictionary<string, DwellingSummary> _held = new(StringComparer.Ordinal);
    private GridTally _tally = new();

    public IReadOnlyDictionary<string, DwellingSummary> Held => _held;

    public void Reset(IEnumerable<DwellingSummary> summaries)
    {
        _held = summaries.ToDictionary(d => d.DwellingId, StringComparer.Ordinal);
        _tally = GridTally.Of(_held.Values);
    }

    /// <summary>A reported summary, taken when newer than the one held; true when taken.</summary>
    public bool Take(DwellingSummary summary)
    {
        if (!Rollups.ApplyNewest(_held, summary.DwellingId, summary, x => x.Version, out var held))
        {
            return false;
        }

        _tally.Replace(held, summary);
        return true;
    }

    /// <summary>A summary asked for, not reported: the same version as held may carry a standing the calendar changed,
    /// so it replaces what is held unless that is newer. True when the figures changed.</summary>
    public bool Reassessed(DwellingSummary summary)
    {
        if (_held.TryGetValue(summary.DwellingId, out var held) && held.Version > summary.Version)
        {
            return false;
        }

        _held[summary.DwellingId] = summary;
        _tally.Replace(held, summary);
        return held != summary;
    }

    /// <summary>Dwellings whose standing the calendar has changed since they reported.</summary>
    public IReadOnlyList<string> DueAt(DateTimeOffset now) => [.. _held.Values.Where(d => d.ReassessAt <= now).Select(d => d.DwellingId)];

    public IReadOnlyList<DwellingSummary> InIdOrder() => [.. _held.Values.OrderBy(d => d.DwellingId, StringComparer.Ordinal)];

    public int ReviewsOverdue(DateOnly today) => _tally.ReviewsOverdue(today);

    public GridSummary Summary(string gridId, long version, string? zoneId, int openMatters, DateOnly today) =>
        _tally.ToSummary(gridId, version, zoneId, openMatters, today);
}
