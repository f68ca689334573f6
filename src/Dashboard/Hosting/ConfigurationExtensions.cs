using Anju.Hosting;

namespace Anju.Dashboard.Hosting;

/// <summary>Reads the settings every part of the dashboard shares.</summary>
public static class ConfigurationExtensions
{
    /// <summary>The PostgreSQL connection string (<c>ConnectionStrings:Anju</c>) holding the
    /// cluster's membership table.</summary>
    public static string AnjuConnectionString(this IConfiguration configuration) => configuration.NpgsqlConnectionString("Anju");
}
