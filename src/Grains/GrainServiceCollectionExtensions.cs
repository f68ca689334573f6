using Anju.Common;
using Anju.Journal;
using Anju.Contracts;
using Anju.Districts;
using Anju.Dwellings;
using Anju.Estates.Health;
using Anju.Facilities;
using Anju.Grids;
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
        Bind<LiveFeedOptions>(services, configuration, "LiveFeed");

        Bind<RollupOptions>(services, configuration, "Rollups");
        Bind<ResidencyOptions>(services, configuration, "Residency");
        services.AddOptions<ResidencyOptions>().Validate(o => o.ExitReviews.Problem() is null, "Residency:ExitReviews options are invalid: see docs/configuration.md.");
        Bind<GridOptions>(services, configuration, "Grids");
        Bind<Community.GridWorkOptions>(services, configuration, "GridWork");
        services.AddOptions<Community.GridWorkOptions>().Validate(o => o.Problem() is null, "GridWork: see docs/configuration.md for the allowed values.");
        Bind<Community.VolunteerOptions>(services, configuration, "Volunteers");
        services.AddOptions<Community.VolunteerOptions>().Validate(o => o.Problem() is null, "Volunteers: see docs/configuration.md for the allowed values.");
        Bind<ZoneOptions>(services, configuration, "Zones");
        Bind<ContractOptions>(services, configuration, "Contracts");
        Bind<Contracts.Scorecard.ScorecardOptions>(services, configuration, "Scorecard");
        services.AddOptions<Contracts.Scorecard.ScorecardOptions>()
            .Validate(o => o.Problems().Count == 0, "The Scorecard options are out of range (docs/configuration.md).").ValidateOnStart();
        Bind<HealthOptions>(services, configuration, "Health");
        Bind<SecurityOptions>(services, configuration, "Security");
        Bind<IncidentOptions>(services, configuration, "Incidents");
        Bind<DwellingOptions>(services, configuration, "Dwellings");
        services.AddOptions<DwellingOptions>().Validate(o => o.Problem() is null, "Dwellings options are invalid: see Dwellings:CommandIdWindow, MaxCommandIdsInWindow, HistoryKept.");
        Bind<FacilityOptions>(services, configuration, "Facilities");
        if (configuration is not null)
        {
            services.PostConfigure<FacilityOptions>(o => o.TakeSeverityClocks(configuration.GetSection("Facilities:Clocks:Default")));
        }
        Bind<Alarms.AlarmOptions>(services, configuration, "Alarms");
        Bind<Money.FeeOptions>(services, configuration, "Fees");
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Microsoft.Extensions.Options.IValidateOptions<Money.FeeOptions>, Money.FeeOptionsCheck>());
        services.AddOptions<Money.FeeOptions>().ValidateOnStart();
        Bind<Casework.CaseworkOptions>(services, configuration, "Casework");
        services.AddOptions<Casework.CaseworkOptions>().Validate(o => o.Problem() is null, "Casework options are invalid: see docs/configuration.md for the allowed values.");
        Bind<Money.AccountOptions>(services, configuration, "Accounts");
        services.AddOptions<Money.AccountOptions>().Validate(o => o.Problem() is null, "Accounts: see docs/configuration.md for the allowed values.");
        Bind<Allocation.AllocationOptions>(services, configuration, "Allocation");
        services.AddOptions<Allocation.AllocationOptions>().Validate(o => o.Problem() is null, "Allocation: see docs/configuration.md for the allowed values.").ValidateOnStart();
        Bind<Community.CommitteeOptions>(services, configuration, "Committee");
        services.AddOptions<Community.CommitteeOptions>().Validate(o => o.Problem() is null, "Committee: see docs/configuration.md for the allowed values.");
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
