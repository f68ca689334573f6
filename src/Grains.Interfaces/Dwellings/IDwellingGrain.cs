using Anju.Residency;

namespace Anju.Dwellings;

/// <summary>A dwelling (住房/套): the one owner of its occupancy, household and residency records.
/// Key: <see cref="Keys.Dwelling"/>. Every command is acknowledged once its change is durable;
/// the grid's rollup follows. A command may carry the client's <c>commandId</c> (at most 64 characters): a
/// repeat of a recently applied id (a retry after a lost answer) returns the dwelling as it is and applies
/// nothing; the same id on a different command is a <see cref="ConflictException"/>.</summary>
[Alias("Anju.Dwellings.IDwellingGrain")]
public interface IDwellingGrain : IGrainWithStringKey
{
    /// <summary>Creates the dwelling as vacant. Repeating the same creation is harmless.</summary>
    Task<DwellingSnapshot> CreateAsync(CreateDwelling command);

    /// <summary>Applies one lifecycle step. Throws <see cref="ConflictException"/> for an
    /// illegal transition and <see cref="NotFoundException"/> when never created.</summary>
    Task<DwellingSnapshot> ChangeOccupancyAsync(ChangeOccupancy command, string? commandId = null);

    /// <summary>Records (or, with null, clears) the household living here (§4.1).</summary>
    Task<DwellingSnapshot> SetHouseholdAsync(Household? household, string actor, string? commandId = null);

    /// <summary>Records a usage inspection (巡查).</summary>
    Task<DwellingSnapshot> RecordInspectionAsync(UsageInspection inspection, string? commandId = null);

    /// <summary>Posts a rent charge (租金) due on a day.</summary>
    Task<DwellingSnapshot> PostRentChargeAsync(RentCharge charge, string? commandId = null);

    /// <summary>Records a rent payment.</summary>
    Task<DwellingSnapshot> RecordRentPaymentAsync(RentPayment payment, string? commandId = null);

    /// <summary>Records the annual review (年審) received on a day; the next one falls due a period later.</summary>
    Task<DwellingSnapshot> ReceiveAnnualReviewAsync(DateOnly receivedOn, string actor, string? commandId = null);

    /// <summary>Adds a point deduction (扣分) to the household's ledger.</summary>
    Task<DwellingSnapshot> AddDeductionAsync(DeductionEntry entry, string? commandId = null);

    /// <summary>The dwelling's current state and records.</summary>
    [ReadOnly]
    Task<DwellingSnapshot> GetAsync();

    /// <summary>What the monthly fee run needs (§6.2): floor area, state, tenure, household and its special groups.</summary>
    [ReadOnly, AlwaysInterleave]
    Task<Money.FeeBasis> GetFeeBasisAsync();

    /// <summary>The household on record (an exit review names it when it opens), or null. Interleaves: the exit-review
    /// book asks while the dwelling may be delivering a trigger to it.</summary>
    [ReadOnly, AlwaysInterleave]
    Task<Household?> GetHouseholdAsync();

    /// <summary>The summary the dwelling reports to its grid (grids pull it when they rebuild).</summary>
    [ReadOnly, AlwaysInterleave]
    Task<DwellingSummary> GetSummaryAsync();
}
