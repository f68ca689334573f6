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
    /// <summary>Connections grain storage of one silo may hold: Npgsql's default, named. A restarted silo of the demo
    /// city activates its ~750 grids and their estates at once (docs/faults.md).</summary>
    public const int ProviderPool = 100;

    /// <summary>Membership (the table a silo proves it is alive in) has a pool of its own: sharing storage's, a burst
    /// of activations that took every connection left the silo unable to vote or answer probes.</summary>
    public const int MembershipPool = 4;

    /// <summary>Reminders: a silo reads its range on start and writes a row per registration.</summary>
    public const int RemindersPool = 8;

    /// <summary>Storage's setting for a provider pool, with its own bound: grain storage.</summary>
    public static string Tune(string connectionString) => Tune(connectionString, ProviderPool, "anju-storage");

    /// <summary>The connection string for one provider: the round trips saved (below), at most
    /// <paramref name="maxPoolSize"/> pooled and an application name that keeps the pool apart from the others and
    /// names it in <c>pg_stat_activity</c>; settings the configured string names win.</summary>
    public static string Tune(string connectionString, int maxPoolSize, string applicationName)
    {
        var tuned = new NpgsqlConnectionStringBuilder(Shared(connectionString));
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        if (!Names(given, "Maximum Pool Size") && !Names(given, "Max Pool Size"))
        {
            tuned.MaxPoolSize = maxPoolSize;
        }

        if (!Names(given, "Application Name"))
        {
            tuned.ApplicationName = applicationName;
        }

        return tuned.ConnectionString;
    }

    /// <summary>The round trips saved, for every pool of the silo (each bounds itself: ConnectionPools).</summary>
    public static string Shared(string connectionString)
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

        return tuned.ConnectionString;
    }

    private static bool Names(DbConnectionStringBuilder given, string keyword) =>
        given.ContainsKey(keyword) || given.ContainsKey(keyword.Replace(" ", "", StringComparison.Ordinal));
}
