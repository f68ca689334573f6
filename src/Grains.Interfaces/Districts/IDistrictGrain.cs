using Anju.Estates;

namespace Anju.Districts;

/// <summary>A district (區) rollup over its estates. Key: <see cref="Keys.District"/>.
/// Membership is a durable fact; the totals are derived and rebuilt from the estates on activation.</summary>
[Alias("Anju.Districts.IDistrictGrain")]
public interface IDistrictGrain : IGrainWithStringKey
{
    /// <summary>Records that an estate belongs to the district (durable before it returns).</summary>
    Task JoinAsync(EstateSummary summary);

    /// <summary>An estate's newest summary; older versions and non-members are ignored.</summary>
    [AlwaysInterleave]
    Task ReportAsync(EstateSummary summary);

    /// <summary>The district's live status.</summary>
    [ReadOnly, AlwaysInterleave]
    Task<DistrictStatus> GetStatusAsync();

    /// <summary>The ids of the estates registered in the district (a directory's existence check asks this rather than
    /// activating a grain per unknown id).</summary>
    [ReadOnly, AlwaysInterleave]
    Task<IReadOnlyList<string>> ListEstateIdsAsync();

    /// <summary>The district's totals, as reported to the city.</summary>
    [ReadOnly, AlwaysInterleave]
    Task<DistrictSummary> GetSummaryAsync();
}
