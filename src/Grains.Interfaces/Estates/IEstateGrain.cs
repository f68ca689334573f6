using Anju.Dwellings;

namespace Anju.Estates;

/// <summary>An estate (小區): profile, membership of its dwellings and their rolled-up live status.
/// Key: <see cref="Keys.Estate"/>.</summary>
[Alias("Anju.Estates.IEstateGrain")]
public interface IEstateGrain : IGrainWithStringKey
{
    /// <summary>Registers the estate. Repeating the identical registration is harmless;
    /// a different profile for an existing estate is a conflict.</summary>
    Task<EstateStatus> RegisterAsync(RegisterEstate command);

    /// <summary>Adds a vacant dwelling; acknowledged once both the dwelling and the estate
    /// have written it. A duplicate id is a conflict.</summary>
    Task<DwellingSnapshot> AddDwellingAsync(AddDwelling command);

    /// <summary>A dwelling reports its latest summary; older versions are ignored.</summary>
    Task ReportDwellingAsync(DwellingSummary summary);

    /// <summary>The live status. Throws <see cref="Common.NotFoundException"/> if unregistered.</summary>
    [ReadOnly]
    Task<EstateStatus> GetStatusAsync();

    /// <summary>The summary the estate reports to its district (districts pull it when they activate).
    /// Interleaves: it only reads memory, and a district pulling it may itself be awaited by this estate.</summary>
    [ReadOnly, AlwaysInterleave]
    Task<EstateSummary> GetSummaryAsync();

    /// <summary>A page of the estate's dwelling ids in id order.</summary>
    [ReadOnly]
    Task<IReadOnlyList<DwellingSummary>> ListDwellingsAsync(int skip, int take);

    /// <summary>True once registered (never throws).</summary>
    [ReadOnly]
    Task<bool> ExistsAsync();
}
