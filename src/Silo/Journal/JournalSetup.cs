using Anju.Journal;
using Anju.Dwellings;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace Anju.Silo.Journal;

/// <summary>The silo's durable stores besides grain storage, in the grain state's database: one
/// <see cref="PostgresStateJournal"/>, one <see cref="PostgresStoredStates"/> (many grains' stored state read at once) and
/// one <see cref="PostgresOccupancyArchive"/> per silo.</summary>
public static class JournalSetup
{
    public static IServiceCollection AddPostgresStateJournal(this IServiceCollection services, string connectionString) =>
        services
            .AddSingleton<IStateJournal>(sp => new PostgresStateJournal(
                connectionString,
                sp.GetRequiredService<IOptions<ClusterOptions>>().Value.ServiceId,
                sp.GetRequiredService<IOptions<JournalOptions>>().Value,
                sp.GetRequiredService<ILogger<PostgresStateJournal>>()))
            .AddSingleton<IStoredStates>(sp => new PostgresStoredStates(
                connectionString,
                sp.GetRequiredService<IOptions<ClusterOptions>>().Value.ServiceId))
            .AddSingleton<IOccupancyArchive>(sp => new PostgresOccupancyArchive(
                connectionString,
                sp.GetRequiredService<IOptions<ClusterOptions>>().Value.ServiceId,
                sp.GetRequiredService<IOptions<JournalOptions>>().Value));
}
