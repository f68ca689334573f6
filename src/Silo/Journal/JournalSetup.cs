using Anju.Common.Journal;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace Anju.Silo.Journal;

/// <summary>The silo's state journal: one <see cref="PostgresStateJournal"/> per silo, in the grain state's database.</summary>
public static class JournalSetup
{
    public static IServiceCollection AddPostgresStateJournal(this IServiceCollection services, string connectionString) =>
        services.AddSingleton<IStateJournal>(sp => new PostgresStateJournal(
            connectionString,
            sp.GetRequiredService<IOptions<ClusterOptions>>().Value.ServiceId,
            sp.GetRequiredService<IOptions<JournalOptions>>().Value,
            sp.GetRequiredService<ILogger<PostgresStateJournal>>()));
}
