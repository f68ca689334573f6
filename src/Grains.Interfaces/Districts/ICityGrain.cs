namespace Anju.Districts;

/// <summary>The city (廣州) rollup over the eleven districts. Key: <see cref="Keys.City"/>.</summary>
[Alias("Anju.Districts.ICityGrain")]
public interface ICityGrain : IGrainWithStringKey
{
    /// <summary>A district's newest totals; older versions are ignored.</summary>
    [AlwaysInterleave]
    Task ReportAsync(DistrictSummary summary);

    /// <summary>The city's live status.</summary>
    [ReadOnly, AlwaysInterleave]
    Task<CityStatus> GetStatusAsync();
}
