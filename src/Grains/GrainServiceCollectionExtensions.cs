using Anju.Contracts;
using Anju.Districts;
using Anju.Dwellings;
using Anju.Estates.Health;
using Anju.Grids;
using Anju.Incidents;
using Anju.Live;
using Anju.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Anju;

/// <summary>Services the grains need, whatever hosts them (silo or test cluster).</summary>
public static class GrainServiceCollectionExtensions
{
    /// <summary>Registers grain options and the clock.</summary>
    public static IServiceCollection AddAnjuGrainServices(this IServiceCollection services, IConfiguration? configuration = null)
    {
        services.TryAddSingleton(TimeProvider.System);
        Bind<LiveFeedOptions>(services, configuration, "LiveFeed");

        Bind<RollupOptions>(services, configuration, "Rollups");
        Bind<ResidencyOptions>(services, configuration, "Residency");
        Bind<GridOptions>(services, configuration, "Grids");
        Bind<ZoneOptions>(services, configuration, "Zones");
        Bind<ContractOptions>(services, configuration, "Contracts");
        Bind<HealthOptions>(services, configuration, "Health");
        Bind<SecurityOptions>(services, configuration, "Security");
        Bind<IncidentOptions>(services, configuration, "Incidents");
        return services;
    }

    private static void Bind<T>(IServiceCollection services, IConfiguration? configuration, string section)
        where T : class
    {
        var options = services.AddOptions<T>();
        if (configuration is not null)
        {
            options.Bind(configuration.GetSection(section));
        }
    }
}
