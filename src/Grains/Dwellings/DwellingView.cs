using Anju.Residency;

namespace Anju.Dwellings;

/// <summary>Pure projections of a dwelling's state: its summary for the grid and its snapshot for callers.</summary>
public sealed class DwellingView(ResidencyOptions options)
{
    public DwellingSummary Summary(DwellingState s, DateTimeOffset now) => SummaryOf(Snapshot(s, now));

    /// <summary>What a grid needs of a dwelling, from its snapshot.</summary>
    public static DwellingSummary SummaryOf(DwellingSnapshot d)
    {
        ArgumentNullException.ThrowIfNull(d);
        var livedIn = OccupancyRules.IsLivedIn(d.State);
        return new DwellingSummary(d.DwellingId, d.Version, d.State)
        {
            Residents = livedIn ? d.Household?.Size ?? 0 : 0,
            Tenure = d.Tenure?.Type ?? default,
            Rent = d.Rent?.Status ?? RentArrearsStatus.Clear,
            ReviewOverdueFrom = d.AnnualReview is { State: not AnnualReviewState.Received } review ? review.GraceEndsOn.AddDays(1) : null,
            Deductions = d.Deductions?.Level ?? DeductionLevel.None,
            SpecialGroups = livedIn ? d.Household?.SpecialGroups ?? SpecialGroups.None : SpecialGroups.None,
        };
    }

    public DwellingSnapshot Snapshot(DwellingState s, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        return new DwellingSnapshot(s.EstateId, s.DwellingId, s.FloorArea, s.State, s.Version, [.. s.History])
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
}
