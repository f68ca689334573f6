using Anju.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Anju.Journal;

/// <summary>Registers the journal module: the <see cref="JournaledAttribute"/> facet and its options. The host adds the
/// <see cref="IStateJournal"/> itself (PostgreSQL in a silo, memory in a test cluster).</summary>
public static class JournalServiceCollectionExtensions
{
    public static IServiceCollection AddJournaledState(this IServiceCollection services, IConfiguration? configuration = null)
    {
        var options = services.AddOptions<JournalOptions>().Checked(o => o.Problem());
        if (configuration is not null)
        {
            options.Bind(configuration.GetSection("Journal"));
        }

        services.TryAddSingleton<IAttributeToFactoryMapper<JournaledAttribute>, JournaledAttributeMapper>();
        return services;
    }

    /// <summary>The journal in memory: only for clusters whose grain storage is memory as well (tests).</summary>
    public static IServiceCollection AddMemoryJournal(this IServiceCollection services)
    {
        services.TryAddSingleton<MemoryStateJournal>();
        services.TryAddSingleton<IStateJournal>(sp => sp.GetRequiredService<MemoryStateJournal>());
        return services;
    }
}
