using Anju.Common;
using Anju.Journal;
using Anju.Contracts;
using Anju.Districts;
using Anju.Dwellings;
using Anju.Estates.Health;
using Anju.Facilities;
using Anju.Grids;
using Anju.Hosting;
using Anju.Incidents;
using Anju.Live;
using Anju.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.Serialization;

namespace Anju;

/// <summary>Services the grains need, whatever hosts them (silo or test cluster).</summary>
public static class GrainServiceCollectionExtensions
{
    /// <summary>Registers grain options and the clock.</summary>
    public static IServiceCollection AddAnjuGrainServices(this IServiceCollection services, IConfiguration? configuration = null)
    {
        services.TryAddSingleton(TimeProvider.System);
        // Every section is bound and checked as the host starts: a value of the wrong type or out of range stops it
        // with one sentence naming the setting (docs/configuration.md), not the first grain that reads it.
        Bind<LiveFeedOptions>(services, configuration, "LiveFeed", o => o.Problem());
        Bind<RollupOptions>(services, configuration, "Rollups", o => o.Problem());
        Bind<ResidencyOptions>(services, configuration, "Residency", o => o.Problem());
        Bind<GridOptions>(services, configuration, "Grids", o => o.Problem());
        Bind<Community.GridWorkOptions>(services, configuration, "GridWork", o => o.Problem());
        Bind<Community.VolunteerOptions>(services, configuration, "Volunteers", o => o.Problem());
        Bind<ZoneOptions>(services, configuration, "Zones", o => o.Problem());
        Bind<ContractOptions>(services, configuration, "Contracts", o => o.Problem());
        Bind<Contracts.Scorecard.ScorecardOptions>(services, configuration, "Scorecard", o => o.Problems() is { Count: > 0 } all ? string.Join(" ", all) : null);
        Bind<HealthOptions>(services, configuration, "Health", o => o.Problem());
        Bind<SecurityOptions>(services, configuration, "Security", o => o.Problem());
        Bind<IncidentOptions>(services, configuration, "Incidents", o => o.Problem());
        Bind<DwellingOptions>(services, configuration, "Dwellings", o => o.Problem());
        Bind<FacilityOptions>(services, configuration, "Facilities", o => o.Problem());
        if (configuration is not null)
        {
            services.PostConfigure<FacilityOptions>(o => o.TakeSeverityClocks(configuration.GetSection("Facilities:Clocks:Default")));
        }
        Bind<Alarms.AlarmOptions>(services, configuration, "Alarms", o => o.Problem());
        Bind<Money.FeeOptions>(services, configuration, "Fees", o => o.Problem());
        Bind<Casework.CaseworkOptions>(services, configuration, "Casework", o => o.Problem());
        Bind<Money.AccountOptions>(services, configuration, "Accounts", o => o.Problem());
        Bind<Allocation.AllocationOptions>(services, configuration, "Allocation", o => o.Problem());
        Bind<Community.CommitteeOptions>(services, configuration, "Committee", o => o.Problem());
        services.AddJournaledState(configuration);
        services.TryAddSingleton<HouseholdNoticeIssuer>();
        services.TryAddSingleton<OccupancyTrail>();
        services.TryAddSingleton<Journal.IStoredStates, Journal.NoStoredStates>();
        services.TryAddSingleton<Dwellings.StoredDwellings>();
        services.PostConfigure<OrleansJsonSerializerOptions>(o =>
        {
            var settings = o.JsonSerializerSettings;

            // Read state into new objects: populating a property's initial value would write into shared
            // defaults (e.g. StaffingPolicy.Default, which every new desk holds) and leak one grain's state into the next.
            settings.ObjectCreationHandling = Newtonsoft.Json.ObjectCreationHandling.Replace;
            if (settings.SerializationBinder is not StorageTypeBinder)
            {
                settings.SerializationBinder = new StorageTypeBinder(settings.SerializationBinder ?? new Newtonsoft.Json.Serialization.DefaultSerializationBinder());
            }
        });
        return services;
    }

    /// <summary>The state journal and the occupancy archive in memory: only for clusters whose grain storage is
    /// memory as well (tests). A silo registers the PostgreSQL ones; nothing falls back to these.</summary>
    public static IServiceCollection AddMemoryStateJournal(this IServiceCollection services)
    {
        services.AddMemoryJournal();
        services.TryAddSingleton<IOccupancyArchive, MemoryOccupancyArchive>();
        services.TryAddSingleton<IHouseholdNotices, MemoryHouseholdNotices>();
        return services;
    }

    private static void Bind<T>(IServiceCollection services, IConfiguration? configuration, string section, Func<T, string?> problem)
        where T : class
    {
        var options = services.AddOptions<T>().Checked(problem);
        if (configuration is not null)
        {
            options.Bind(configuration.GetSection(section));
        }
    }
}
