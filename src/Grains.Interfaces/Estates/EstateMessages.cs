using Anju.Dwellings;
using Anju.Grids;

namespace Anju.Estates;

/// <summary>Registers an estate (保障性住房小區) with its profile.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Estates.RegisterEstate")]
public sealed record RegisterEstate(
    [property: Id(0)] string Name,
    [property: Id(1)] string District,
    [property: Id(2)] string Street,
    [property: Id(3)] double FloorArea);

/// <summary>Defines a service zone (物業服務區域); only estates over the zoning threshold have them (§6.3).</summary>
[GenerateSerializer, Immutable, Alias("Anju.Estates.DefineZone")]
public sealed record DefineZone(
    [property: Id(0)] string ZoneId,
    [property: Id(1)] string Name);

/// <summary>Defines a grid (網格), inside a zone when the estate has zones.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Estates.DefineGrid")]
public sealed record DefineGrid(
    [property: Id(0)] string GridId,
    [property: Id(1)] string Name,
    [property: Id(2)] string? ZoneId);

/// <summary>Adds a building (樓棟) to a grid.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Estates.AddBuilding")]
public sealed record AddBuilding(
    [property: Id(0)] string BuildingId,
    [property: Id(1)] string Name,
    [property: Id(2)] string GridId,
    [property: Id(3)] int Floors);

/// <summary>Adds a vacant dwelling to a building.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Estates.AddDwelling")]
public sealed record AddDwelling(
    [property: Id(0)] string DwellingId,
    [property: Id(1)] double FloorArea,
    [property: Id(2)] string BuildingId,
    [property: Id(3)] int Unit,
    [property: Id(4)] int Floor,
    [property: Id(5)] string Number,
    [property: Id(6)] TenureType Tenure,
    [property: Id(7)] decimal? OwnedShare)
{
    /// <summary>Onboarding an estate that is already lived in: the state the dwelling starts in (default vacant).</summary>
    [Id(8)] public OccupancyState InitialState { get; init; }

    /// <summary>Onboarding: the household already living there.</summary>
    [Id(9)] public Residency.Household? Household { get; init; }

    /// <summary>Onboarding: when the household's last annual review (年審) was done.</summary>
    [Id(10)] public DateOnly? LastReviewedOn { get; init; }
}

/// <summary>A property contract serving the estate, or one of its zones.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Estates.ContractAttachment")]
public sealed record ContractAttachment(
    [property: Id(0)] string ContractId,
    [property: Id(1)] string CompanyCode,
    [property: Id(2)] string CompanyName,
    [property: Id(3)] string? ZoneId);

/// <summary>An estate's profile.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Estates.EstateProfile")]
public sealed record EstateProfile(
    [property: Id(0)] string EstateId,
    [property: Id(1)] string Name,
    [property: Id(2)] string District,
    [property: Id(3)] string Street,
    [property: Id(4)] double FloorArea,
    [property: Id(5)] DateTimeOffset RegisteredAt)
{
    /// <summary>Where the estate stands (its main entrance), once located; places reports made by position.</summary>
    [Id(6)] public GeoPoint? Location { get; init; }
}

[GenerateSerializer, Immutable, Alias("Anju.Estates.ZoneInfo")]
public sealed record ZoneInfo([property: Id(0)] string ZoneId, [property: Id(1)] string Name);

[GenerateSerializer, Immutable, Alias("Anju.Estates.GridInfo")]
public sealed record GridInfo([property: Id(0)] string GridId, [property: Id(1)] string Name, [property: Id(2)] string? ZoneId);

[GenerateSerializer, Immutable, Alias("Anju.Estates.BuildingInfo")]
public sealed record BuildingInfo(
    [property: Id(0)] string BuildingId, [property: Id(1)] string Name, [property: Id(2)] string GridId, [property: Id(3)] int Floors);

/// <summary>How an estate is divided: zones, grids, buildings, and the contracts serving it.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Estates.EstateStructure")]
public sealed record EstateStructure(
    [property: Id(0)] IReadOnlyList<ZoneInfo> Zones,
    [property: Id(1)] IReadOnlyList<GridInfo> Grids,
    [property: Id(2)] IReadOnlyList<BuildingInfo> Buildings,
    [property: Id(3)] IReadOnlyList<ContractAttachment> Contracts);

/// <summary>Occupancy counts of an estate (or any rollup): dwellings per lifecycle state.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Estates.OccupancyCounts")]
public sealed record OccupancyCounts(
    [property: Id(0)] int Dwellings,
    [property: Id(1)] int Occupied,
    [property: Id(2)] IReadOnlyDictionary<OccupancyState, int> ByState)
{
    /// <summary>Occupied share of all dwellings, 0 when there are none.</summary>
    public double Rate => Dwellings == 0 ? 0 : (double)Occupied / Dwellings;
}

/// <summary>An estate's (or rollup's) facilities and their work orders, filled by the facilities capability through
/// <see cref="Facilities.IEstateFacilitiesGrain"/>; every figure adds up across estates. <see cref="OpenFaults"/> and
/// <see cref="OverdueFaults"/> (corrective orders open, and those past a clock) feed the health score.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Estates.FacilityCounts")]
public sealed record FacilityCounts([property: Id(0)] int OpenFaults, [property: Id(1)] int OverdueFaults)
{
    public static FacilityCounts Zero { get; } = new(0, 0);

    /// <summary>Facilities on the register.</summary>
    [Id(2)] public int Facilities { get; init; }

    [Id(3)] public int InService { get; init; }

    [Id(4)] public int Degraded { get; init; }

    [Id(5)] public int OutOfService { get; init; }

    /// <summary>Preventive orders open (due or not yet done).</summary>
    [Id(6)] public int PreventiveOpen { get; init; }

    /// <summary>Preventive orders open past their due date.</summary>
    [Id(7)] public int PreventiveOverdue { get; init; }

    /// <summary>Open device-fault alarms, and those nobody acknowledged.</summary>
    [Id(8)] public int ActiveAlarms { get; init; }

    [Id(9)] public int UnacknowledgedAlarms { get; init; }

    /// <summary>Estates whose facility register has at least one entry (1 or 0 for one estate): lets a rollup say
    /// "no register yet" rather than show 0 facilities as if all were fine.</summary>
    [Id(10)] public int EstatesWithRegister { get; init; }

    public static FacilityCounts Sum(IEnumerable<FacilityCounts> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var total = Zero;
        foreach (var p in parts)
        {
            total = new FacilityCounts(total.OpenFaults + p.OpenFaults, total.OverdueFaults + p.OverdueFaults)
            {
                Facilities = total.Facilities + p.Facilities,
                InService = total.InService + p.InService,
                Degraded = total.Degraded + p.Degraded,
                OutOfService = total.OutOfService + p.OutOfService,
                PreventiveOpen = total.PreventiveOpen + p.PreventiveOpen,
                PreventiveOverdue = total.PreventiveOverdue + p.PreventiveOverdue,
                ActiveAlarms = total.ActiveAlarms + p.ActiveAlarms,
                UnacknowledgedAlarms = total.UnacknowledgedAlarms + p.UnacknowledgedAlarms,
                EstatesWithRegister = total.EstatesWithRegister + p.EstatesWithRegister,
            };
        }

        return total;
    }
}

/// <summary>What an estate reports to its district: the figures rollups and wall tiles need,
/// versioned so a district keeps only the newest per estate.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Estates.EstateSummary")]
public sealed record EstateSummary(
    [property: Id(0)] string EstateId,
    [property: Id(1)] string Name,
    [property: Id(2)] string District,
    [property: Id(3)] long Version,
    [property: Id(4)] OccupancyCounts Occupancy)
{
    [Id(5)] public ResidencyCounts Residency { get; init; } = ResidencyCounts.Zero;

    [Id(6)] public IncidentCounts Incidents { get; init; } = IncidentCounts.Zero;

    [Id(7)] public SecurityCounts Security { get; init; } = SecurityCounts.Zero;

    [Id(8)] public FacilityCounts Facilities { get; init; } = FacilityCounts.Zero;

    [Id(9)] public HealthResult? Health { get; init; }

    /// <summary>How many dwelling changes the figures reflect (the sum of the grids' <c>Changes</c>): grows by one
    /// with every dwelling command shown, so a screen can tell how many changes an update brought.</summary>
    [Id(10)] public long Changes { get; init; }
}

/// <summary>An estate's live status: what screens show. <see cref="Version"/> grows with
/// every change so receivers can drop anything older than what they hold.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Estates.EstateStatus")]
public sealed record EstateStatus(
    [property: Id(0)] EstateProfile Profile,
    [property: Id(1)] OccupancyCounts Occupancy,
    [property: Id(2)] long Version,
    [property: Id(3)] DateTimeOffset UpdatedAt)
{
    [Id(4)] public int Zones { get; init; }

    [Id(5)] public int Grids { get; init; }

    [Id(6)] public int Buildings { get; init; }

    [Id(7)] public ResidencyCounts Residency { get; init; } = ResidencyCounts.Zero;

    [Id(8)] public IncidentCounts Incidents { get; init; } = IncidentCounts.Zero;

    [Id(9)] public SecurityCounts Security { get; init; } = SecurityCounts.Zero;

    [Id(10)] public FacilityCounts Facilities { get; init; } = FacilityCounts.Zero;

    [Id(11)] public HealthResult? Health { get; init; }

    [Id(12)] public IReadOnlyDictionary<TenureType, int> Tenures { get; init; } = new Dictionary<TenureType, int>();

    [Id(13)] public IReadOnlyList<ContractAttachment> Contracts { get; init; } = [];

    /// <summary>How many dwelling changes the figures reflect (see <see cref="EstateSummary.Changes"/>).</summary>
    [Id(14)] public long Changes { get; init; }
}
