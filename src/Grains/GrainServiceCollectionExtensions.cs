using Anju.Districts;
using Anju.Live;
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
        var liveFeed = services.AddOptions<LiveFeedOptions>();
        if (configuration is not null)
        {
            liveFeed.Bind(configuration.GetSection("LiveFeed"));
        }

        var rollups = services.AddOptions<RollupOptions>();
        if (configuration is not null)
        {
            rollups.Bind(configuration.GetSection("Rollups"));
        }

        return services;
    }
}
