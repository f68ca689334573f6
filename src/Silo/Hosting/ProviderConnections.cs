using System.Data.Common;
using Npgsql;

namespace Anju.Silo.Hosting;

/// <summary>
/// Connection settings for the Orleans ADO.NET providers. They open and close a pooled
/// connection for every query, so two Npgsql defaults cost a round trip each time:
/// <c>DISCARD ALL</c> on every return to the pool (No Reset On Close skips it: the providers
/// leave no session state behind) and re-parsing the same few statements (Max Auto Prepare
/// keeps them prepared per physical connection). Settings named explicitly in the configured
/// connection string win.
/// </summary>
public static class ProviderConnections
{
    /// <summary>Connections the Orleans providers of one silo may hold: Npgsql's default, named. A restarted silo of the
    /// demo city reads ~150,000 dwellings' state as its grids rebuild; with 16 the reads waited out Npgsql's 15 s for a
    /// connection, failed, were retried, and the silo never came back (docs/faults.md).</summary>
    public const int ProviderPool = 100;

    public static string Tune(string connectionString)
    {
        // The plain builder holds only the keys actually written (Npgsql's knows every keyword).
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var tuned = new NpgsqlConnectionStringBuilder(connectionString);
        if (!Names(given, "No Reset On Close"))
        {
            tuned.NoResetOnClose = true;
        }

        if (!Names(given, "Max Auto Prepare"))
        {
            tuned.MaxAutoPrepare = 20;
        }

        // Bounded like every pool of the host (Anju.Access.Hosting.ConnectionPools): membership, storage and reminders share it.
        if (!Names(given, "Maximum Pool Size") && !Names(given, "Max Pool Size"))
        {
            tuned.MaxPoolSize = ProviderPool;
        }

        return tuned.ConnectionString;
    }

    private static bool Names(DbConnectionStringBuilder given, string keyword) =>
        given.ContainsKey(keyword) || given.ContainsKey(keyword.Replace(" ", "", StringComparison.Ordinal));
}
