using Npgsql;

namespace Anju.Access.Hosting;

/// <summary>
/// How many PostgreSQL connections each pool of a host may hold. Npgsql's default of 100 per pool, over the several
/// pools a silo has, lets three silos under load exhaust a server's <c>max_connections</c> (the chaos test did, at 200):
/// every pool is bounded, unless the configured connection string names its own bound. A silo then holds at most
/// about 156 connections (Orleans grain storage 100, membership 4, reminders 8, journal 16, archive 4, stored-state
/// reads 4, the shared data source 16, notices 4), a dashboard host about 16; <c>docs/configuration.md</c> gives the
/// sum to size a server for N silos and M hosts.
/// </summary>
public static class ConnectionPools
{
    /// <summary>The shared data source of a host: sign-in, sessions, the key ring, the audit log, health checks.</summary>
    public const int Shared = 16;

    /// <summary>The connection string with at most <paramref name="maxConnections"/> pooled, unless it names its own bound.</summary>
    public static string Bounded(string connectionString, int maxConnections)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!connectionString.Contains("Pool Size", StringComparison.OrdinalIgnoreCase) && !connectionString.Contains("MaxPoolSize", StringComparison.OrdinalIgnoreCase))
        {
            builder.MaxPoolSize = Math.Max(1, maxConnections);
        }

        return builder.ConnectionString;
    }
}
