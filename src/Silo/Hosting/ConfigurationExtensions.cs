using Anju.Hosting;

namespace Anju.Silo.Hosting;

/// <summary>Reads the settings every part of the silo shares.</summary>
public static class ConfigurationExtensions
{
    /// <summary>The PostgreSQL connection string (<c>ConnectionStrings:Anju</c>).</summary>
    public static string AnjuConnectionString(this IConfiguration configuration) => configuration.NpgsqlConnectionString("Anju");

    /// <summary>The schema owner's connection string (<c>ConnectionStrings:AnjuMigrations</c>), else the hosts' own.</summary>
    public static string AnjuMigrationsConnectionString(this IConfiguration configuration, string connectionString) =>
        configuration.NpgsqlConnectionString("AnjuMigrations", connectionString);
}
