using Anju.Residency;

namespace Anju.Dwellings;

/// <summary>Pure projections of a dwelling's state: its summary for the grid and its snapshot for callers.</summary>
internal sealed class DwellingView(ResidencyOptions options)
{
    /// <summary>What the grid needs, computed from the state itself: copying the lists a snapshot carries on
    /// every change would cost more the older the dwelling.</summary>
    public DwellingSummary Summary(DwellingState s, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(s);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var rent = RentRules.Assess(s.Charges, s.Payments, today, options.Rent);
        DateTimeOffset? rentChanges = RentRules.NextChange(s.Charges, rent, today, options.Rent) is { } day
            ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
            : null;
        var deductionsChange = DeductionRules.NextChange(s.Deductions, now, options.Deductions);
        return Summarize(s.DwellingId, s.Version, s.State, s.Household, s.Tenure, rent, Review(s, today),
            DeductionRules.Standing(s.Deductions, now, options.Deductions)) with
        {
            ReassessAt = rentChanges < deductionsChange || deductionsChange is null ? rentChanges : deductionsChange,
        };
    }

    /// <summary>What a grid needs of a dwelling, from its snapshot.</summary>
    public static DwellingSummary SummaryOf(DwellingSnapshot d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return Summarize(d.DwellingId, d.Version, d.State, d.Household, d.Tenure, d.Rent, d.AnnualReview, d.Deductions);
    }

    private static DwellingSummary Summarize(string dwellingId, long version, OccupancyState state, Household? household,
        Tenure? tenure, RentPosition? rent, AnnualReviewStatus? review, DeductionStanding? deductions)
    {
        var livedIn = OccupancyRules.IsLivedIn(state);
        return new DwellingSummary(dwellingId, version, state)
        {
            Residents = livedIn ? household?.Size ?? 0 : 0,
            Tenure = tenure?.Type ?? default,
            Rent = rent?.Status ?? RentArrearsStatus.Clear,
            ReviewOverdueFrom = review is { State: not AnnualReviewState.Received } due ? due.GraceEndsOn.AddDays(1) : null,
            Deductions = deductions?.Level ?? DeductionLevel.None,
            SpecialGroups = livedIn ? household?.SpecialGroups ?? SpecialGroups.None : SpecialGroups.None,
        };
    }

    /// <summary>The dwelling as callers see it, with the transitions its state keeps (from number
    /// <see cref="DwellingState.HistoryArchived"/>), or with <paramref name="archived"/> in front: the whole trail.</summary>
    public DwellingSnapshot Snapshot(DwellingState s, DateTimeOffset now, IReadOnlyList<OccupancyTransition>? archived = null)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        IReadOnlyList<OccupancyTransition> history = archived is null ? [.. s.History] : [.. archived, .. s.History];
        return new DwellingSnapshot(s.EstateId, s.DwellingId, s.FloorArea, s.State, s.Version, history)
        {
            GridId = s.GridId,
            Address = s.Address,
            Tenure = s.Tenure,
            Household = s.Household,
            Rent = RentRules.Assess(s.Charges, s.Payments, today, options.Rent),
            AnnualReview = Review(s, today),
            Deductions = DeductionRules.Standing(s.Deductions, now, options.Deductions),
            Inspections = [.. s.Inspections],
            DeductionLedger = [.. s.Deductions],
            HistoryFrom = archived is null ? s.HistoryArchived : s.HistoryArchived - archived.Count,
        };
    }

    private AnnualReviewStatus? Review(DwellingState s, DateOnly today) =>
        s.LastReviewedOn is { } last && last <= today ? AnnualReviewRules.Assess(last, s.ReviewReceivedOn, today, options.AnnualReview) : null;
}

/// <summary>The residency rules' options, gathered for the dwelling grain.</summary>
public sealed class ResidencyOptions
{
    public RentArrearsOptions Rent { get; set; } = new();
    public AnnualReviewOptions AnnualReview { get; set; } = new();
    public DeductionOptions Deductions { get; set; } = new();
    public HouseholdOptions Households { get; set; } = new();
    public ExitReviewOptions ExitReviews { get; set; } = new();

    /// <summary>What is wrong with these options, naming the setting; null when nothing is (checked at start).</summary>
    public string? Problem() => Rent.Problem() ?? AnnualReview.Problem() ?? Deductions.Problem() ?? Households.Problem() ?? ExitReviews.Problem();
}
