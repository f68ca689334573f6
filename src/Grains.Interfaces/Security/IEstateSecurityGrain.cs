using Anju.Estates;

namespace Anju.Security;

/// <summary>An estate's security desk: guards on duty against the number its population requires,
/// cameras online. Key: <see cref="Keys.EstateSecurity"/>. The estate pulls <see cref="GetSectionAsync"/>
/// when it activates, is pushed newer sections through <see cref="IEstateGrain.ReportSecurityAsync"/>,
/// and pushes its population here whenever it changes.</summary>
[Alias("Anju.Security.IEstateSecurityGrain")]
public interface IEstateSecurityGrain : IGrainWithStringKey
{
    /// <summary>The current counts. Interleaves and never calls the estate: the estate awaits it while activating.</summary>
    [ReadOnly, AlwaysInterleave]
    Task<SecuritySection> GetSectionAsync();

    /// <summary>The estate's population changed; older reports are ignored.</summary>
    [AlwaysInterleave]
    Task ReportPopulationAsync(PopulationReport report);
}
