using Anju.Estates;
using Anju.Residency;

namespace Anju.Dwellings;

/// <summary>Where a dwelling is: building (樓棟), unit (單元), floor and door number.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Dwellings.DwellingAddress")]
public sealed record DwellingAddress(
    [property: Id(0)] string BuildingId,
    [property: Id(1)] int Unit,
    [property: Id(2)] int Floor,
    [property: Id(3)] string Number);

/// <summary>Creates a dwelling inside an estate and grid; sent by the estate that owns it.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Dwellings.CreateDwelling")]
public sealed record CreateDwelling(
    [property: Id(0)] string EstateId,
    [property: Id(1)] string DwellingId,
    [property: Id(2)] double FloorArea,
    [property: Id(3)] string GridId,
    [property: Id(4)] DwellingAddress Address,
    [property: Id(5)] Tenure Tenure)
{
    /// <summary>Onboarding: the state the dwelling starts in, recorded as an <see cref="OccupancyAction.Onboard"/> step.</summary>
    [Id(6)] public OccupancyState InitialState { get; init; }

    [Id(7)] public Household? Household { get; init; }

    [Id(8)] public DateOnly? LastReviewedOn { get; init; }
}

/// <summary>Moves a dwelling one step through its lifecycle, recorded with actor and reason.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Dwellings.ChangeOccupancy")]
public sealed record ChangeOccupancy(
    [property: Id(0)] OccupancyAction Action,
    [property: Id(1)] string Actor,
    [property: Id(2)] string? Reason)
{
    /// <summary>Set only by an exit review carrying out its decision (never from a request body): while a case is open
    /// for the dwelling, an exit step is accepted only from that case (<c>docs/exit-reviews.md</c>).</summary>
    [Id(3)] public string? ExitReviewCase { get; init; }
}

/// <summary>One recorded lifecycle step.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Dwellings.OccupancyTransition")]
public sealed record OccupancyTransition(
    [property: Id(0)] OccupancyState From,
    [property: Id(1)] OccupancyState To,
    [property: Id(2)] OccupancyAction Action,
    [property: Id(3)] string Actor,
    [property: Id(4)] string? Reason,
    [property: Id(5)] DateTimeOffset At);

/// <summary>What a dwelling reports to its grid: its latest figures with a version, so the grid
/// keeps one entry per dwelling and can never double count.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Dwellings.DwellingSummary")]
public sealed record DwellingSummary(
    [property: Id(0)] string DwellingId,
    [property: Id(1)] long Version,
    [property: Id(2)] OccupancyState State)
{
    /// <summary>Actual residents (0 when nobody lives there): drives guard staffing.</summary>
    [Id(3)] public int Residents { get; init; }

    [Id(4)] public TenureType Tenure { get; init; }

    [Id(5)] public RentArrearsStatus Rent { get; init; }

    /// <summary>The day from which the annual review (年審) counts as overdue, if one is expected.</summary>
    [Id(6)] public DateOnly? ReviewOverdueFrom { get; init; }

    [Id(7)] public DeductionLevel Deductions { get; init; }

    [Id(8)] public SpecialGroups SpecialGroups { get; init; }

    /// <summary>When the calendar alone next changes the rent or deduction standing above (a charge falls due,
    /// arrears age into chasing or serious, a deduction leaves its window); null when it cannot. The grid asks the
    /// dwelling again once this has passed, so a household that records nothing does not keep yesterday's standing.</summary>
    [Id(9)] public DateTimeOffset? ReassessAt { get; init; }
}

/// <summary>A dwelling as callers see it.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Dwellings.DwellingSnapshot")]
public sealed record DwellingSnapshot(
    [property: Id(0)] string EstateId,
    [property: Id(1)] string DwellingId,
    [property: Id(2)] double FloorArea,
    [property: Id(3)] OccupancyState State,
    [property: Id(4)] long Version,
    [property: Id(5)] IReadOnlyList<OccupancyTransition> History)
{
    [Id(6)] public string GridId { get; init; } = "";

    [Id(7)] public DwellingAddress? Address { get; init; }

    [Id(8)] public Tenure? Tenure { get; init; }

    [Id(9)] public Household? Household { get; init; }

    [Id(10)] public RentPosition? Rent { get; init; }

    [Id(11)] public AnnualReviewStatus? AnnualReview { get; init; }

    [Id(12)] public DeductionStanding? Deductions { get; init; }

    [Id(13)] public IReadOnlyList<UsageInspection> Inspections { get; init; } = [];

    [Id(14)] public IReadOnlyList<DeductionEntry> DeductionLedger { get; init; } = [];

    /// <summary>The number of the first transition in <see cref="History"/> (0: the whole trail). Reads return the
    /// whole trail; a command's answer returns the recent transitions the dwelling keeps at hand.</summary>
    [Id(15)] public int HistoryFrom { get; init; }
}
