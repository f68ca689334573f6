using Anju.Estates;

namespace Anju.Security;

/// <summary>An estate's security desk. Keeps the population it is told; guards and cameras arrive
/// with the security capability.</summary>
public sealed class EstateSecurityGrain : Grain, IEstateSecurityGrain
{
    private PopulationReport? _population;

    public Task<SecuritySection> GetSectionAsync() => Task.FromResult(SecuritySection.Empty);

    public Task ReportPopulationAsync(PopulationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (_population is null || report.Version > _population.Version)
        {
            _population = report;
        }

        return Task.CompletedTask;
    }
}
