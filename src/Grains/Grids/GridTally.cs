using Anju.Dwellings;
using Anju.Estates;
using Anju.Residency;

namespace Anju.Grids;

/// <summary>
/// A grid's figures kept as its dwellings' summaries replace one another, so a report costs the same whatever
/// the grid's size. Summarising every dwelling on every report is bound by memory, not arithmetic: each summary
/// is an object of its own, scattered over a large heap.
/// Overdue reviews depend on the day, so the tally keeps the lived-in dwellings' "overdue from" dates and
/// recounts only those when asked about a day other than the last one.
/// The caller must remove exactly what it added: <see cref="Replace"/> takes the summary held before.
/// </summary>
internal sealed class GridTally
{
    private static readonly OccupancyState[] States = Enum.GetValues<OccupancyState>();
    private static readonly TenureType[] Tenures = Enum.GetValues<TenureType>();

    private readonly int[] _byState = new int[States.Max(s => (int)s) + 1];
    private readonly int[] _byTenure = new int[Tenures.Max(t => (int)t) + 1];
    private readonly Dictionary<DateOnly, int> _reviewsDueFrom = [];
    private int _dwellings, _households, _residents, _rentOwing, _rentSerious, _warnings, _exitReviews, _special;
    private long _changes;
    private DateOnly? _countedDay;
    private int _overdueOnCountedDay;

    /// <summary>A tally of <paramref name="dwellings"/>, each counted once.</summary>
    public static GridTally Of(IEnumerable<DwellingSummary> dwellings)
    {
        ArgumentNullException.ThrowIfNull(dwellings);
        var tally = new GridTally();
        foreach (var d in dwellings)
        {
            tally.Count(d, 1);
        }

        return tally;
    }

    /// <summary>How many dwellings are counted.</summary>
    public int Dwellings => _dwellings;

    /// <summary>One dwelling's summary changed: <paramref name="before"/> (null for a dwelling new to the tally)
    /// leaves the figures, <paramref name="after"/> (null for one leaving) enters them.</summary>
    public void Replace(DwellingSummary? before, DwellingSummary? after)
    {
        if (before is not null)
        {
            Count(before, -1);
        }

        if (after is not null)
        {
            Count(after, 1);
        }
    }

    /// <summary>Lived-in dwellings whose annual review is overdue on <paramref name="today"/>.</summary>
    public int ReviewsOverdue(DateOnly today)
    {
        if (_countedDay != today)
        {
            _overdueOnCountedDay = _reviewsDueFrom.Where(d => d.Key <= today).Sum(d => d.Value);
            _countedDay = today;
        }

        return _overdueOnCountedDay;
    }

    /// <summary>The grid's summary as of <paramref name="today"/>.</summary>
    public GridSummary ToSummary(string gridId, long version, string? zoneId, int openMatters, DateOnly today)
    {
        var residency = new ResidencyCounts(_households, _residents, _rentOwing, _rentSerious, ReviewsOverdue(today),
            _warnings, _exitReviews, _special);
        var occupancy = new OccupancyCounts(_dwellings, _households, States.ToDictionary(s => s, s => _byState[(int)s]));
        var tenures = Tenures.ToDictionary(t => t, t => _byTenure[(int)t]);
        return new GridSummary(gridId, version, zoneId, occupancy, residency, tenures, OpenMatters: openMatters) { Changes = _changes };
    }

    private void Count(DwellingSummary d, int sign)
    {
        _dwellings += sign;
        _byState[(int)d.State] += sign;
        _byTenure[(int)d.Tenure] += sign;
        _changes += sign * d.Version;
        _rentOwing += d.Rent != RentArrearsStatus.Clear ? sign : 0;
        _rentSerious += d.Rent == RentArrearsStatus.Serious ? sign : 0;
        if (!OccupancyRules.IsLivedIn(d.State))
        {
            return;
        }

        _households += sign;
        _residents += sign * d.Residents;
        _warnings += d.Deductions == DeductionLevel.Warning ? sign : 0;
        _exitReviews += d.Deductions == DeductionLevel.ExitReview ? sign : 0;
        _special += d.SpecialGroups != SpecialGroups.None ? sign : 0;
        if (d.ReviewOverdueFrom is { } from)
        {
            var left = _reviewsDueFrom.GetValueOrDefault(from) + sign;
            if (left == 0)
            {
                _reviewsDueFrom.Remove(from);
            }
            else
            {
                _reviewsDueFrom[from] = left;
            }

            if (_countedDay is { } day && from <= day)
            {
                _overdueOnCountedDay += sign;
            }
        }
    }
}
