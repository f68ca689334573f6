using Anju.Residency;

namespace Anju.Dwellings;

/// <summary>A dwelling (住房/套): the one owner of its occupancy, household and residency records.
/// Key: <see cref="Keys.Dwelling"/>. Every command is acknowledged once its change is durable;
/// the grid's rollup follows.</summary>
[Alias("Anju.Dwellings.IDwellingGrain")]
public interface IDwellingGrain : IGrainWithStringKey
{
    /// <summary>Creates the dwelling as vacant. Repeating the same creation is harmless.</summary>
    Task<DwellingSnapshot> CreateAsync(CreateDwelling command);

    /// <summary>Applies one lifecycle step. Throws <see cref="Common.ConflictException"/> for an
    /// illegal transition and <see cref="Common.NotFoundException"/> when never created.</summary>
    Task<DwellingSnapshot> ChangeOccupancyAsync(ChangeOccupancy command);

    /// <summary>Records (or, with null, clears) the household living here (§4.1).</summary>
    Task<DwellingSnapshot> SetHouseholdAsync(Household? household, string actor);

    /// <summary>Records a usage inspection (巡查).</summary>
    Task<DwellingSnapshot> RecordInspectionAsync(UsageInspection inspection);

    /// <summary>Posts a rent charge (租金) due on a day.</summary>
    Task<DwellingSnapshot> PostRentChargeAsync(RentCharge charge);

    /// <summary>Records a rent payment.</summary>
    Task<DwellingSnapshot> RecordRentPaymentAsync(RentPayment payment);

    /// <summary>Records the annual review (年審) received on a day; the next one falls due a period later.</summary>
    Task<DwellingSnapshot> ReceiveAnnualReviewAsync(DateOnly receivedOn, string actor);

    /// <summary>Adds a point deduction (扣分) to the household's ledger.</summary>
    Task<DwellingSnapshot> AddDeductionAsync(DeductionEntry entry);

    /// <summary>The dwelling's current state and records.</summary>
    [ReadOnly]
    Task<DwellingSnapshot> GetAsync();

    /// <summary>The summary the dwelling reports to its grid (grids pull it when they rebuild).</summary>
    [ReadOnly, AlwaysInterleave]
    Task<DwellingSummary> GetSummaryAsync();
}
