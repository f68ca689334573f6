using Anju.Dwellings;
using Anju.Grids;

namespace Anju.Estates;

/// <summary>An estate (小區): profile and structure (zones, grids, buildings) as durable facts,
/// and its grids' rolled-up live status. Key: <see cref="Keys.Estate"/>.</summary>
[Alias("Anju.Estates.IEstateGrain")]
public interface IEstateGrain : IGrainWithStringKey
{
    /// <summary>Registers the estate. Repeating the identical registration is harmless;
    /// a different profile for an existing estate is a conflict.</summary>
    Task<EstateStatus> RegisterAsync(RegisterEstate command);

    /// <summary>Records where the registered estate stands (its main entrance), replacing an earlier location.</summary>
    Task<EstateStatus> LocateAsync(GeoPoint location);

    /// <summary>Defines a service zone; refused for estates at or under the zoning threshold (§6.3).</summary>
    Task<EstateStructure> DefineZoneAsync(DefineZone command);

    /// <summary>Defines a grid. Repeating the same definition is harmless.</summary>
    Task<EstateStructure> DefineGridAsync(DefineGrid command);

    /// <summary>Adds a building to a grid. Repeating the same building is harmless.</summary>
    Task<EstateStructure> AddBuildingAsync(AddBuilding command);

    /// <summary>Adds a vacant dwelling; acknowledged once the dwelling and its grid hold it durably.
    /// A duplicate id with different details is a conflict.</summary>
    Task<DwellingSnapshot> AddDwellingAsync(AddDwelling command);

    /// <summary>Adds many dwellings at once (bulk onboarding); all are validated before any is created,
    /// and dwellings that already exist identically are skipped. Returns how many were new.</summary>
    Task<int> AddDwellingsAsync(IReadOnlyList<AddDwelling> commands);

    /// <summary>Records a property contract serving the estate or one zone; checks that each
    /// tenure type stays with one company (§6.3).</summary>
    Task<EstateStructure> AttachContractAsync(ContractAttachment attachment);

    /// <summary>Removes a contract (terminated or expired).</summary>
    Task<EstateStructure> DetachContractAsync(string contractId);

    /// <summary>A grid reports its latest summary; older versions are ignored.</summary>
    [AlwaysInterleave]
    Task ReportGridAsync(GridSummary summary);

    /// <summary>The estate's incident book reports its counts; older versions are ignored.</summary>
    [AlwaysInterleave]
    Task ReportIncidentsAsync(IncidentSection section);

    /// <summary>The estate's security desk reports its counts; older versions are ignored.</summary>
    [AlwaysInterleave]
    Task ReportSecurityAsync(SecuritySection section);

    /// <summary>The estate's facilities grain reports its counts; older versions are ignored.</summary>
    [AlwaysInterleave]
    Task ReportFacilitiesAsync(Facilities.FacilitySection section);

    /// <summary>Residents' satisfaction (the health score's <c>Satisfaction</c> factor) reported by
    /// <see cref="Community.ISatisfactionGrain"/>; the newest version is kept.</summary>
    Task ReportSatisfactionAsync(Community.SatisfactionSection section);

    /// <summary>The live status. Throws <see cref="NotFoundException"/> if unregistered.</summary>
    [ReadOnly]
    Task<EstateStatus> GetStatusAsync();

    /// <summary>Zones, grids, buildings and contracts.</summary>
    [ReadOnly]
    Task<EstateStructure> GetStructureAsync();

    /// <summary>The summary the estate reports to its district (districts pull it when they activate).
    /// Interleaves: it only reads memory, and a district pulling it may itself be awaited by this estate.</summary>
    [ReadOnly, AlwaysInterleave]
    Task<EstateSummary> GetSummaryAsync();

    /// <summary>A page of the estate's dwellings in id order, with the total.</summary>
    [ReadOnly]
    Task<(IReadOnlyList<DwellingSummary> Items, int Total)> ListDwellingsAsync(int skip, int take);

    /// <summary>True once registered (never throws).</summary>
    [ReadOnly]
    Task<bool> ExistsAsync();
}
