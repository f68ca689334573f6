namespace Anju.Dashboard.Hosting;

/// <summary>Reads the settings every part of the dashboard shares.</summary>
public static class ConfigurationExtensions
{
    /// <summary>The PostgreSQL connection string (<c>ConnectionStrings:Anju</c>) holding the
    /// cluster's membership table.</summary>
    public static string AnjuConnectionString(this IConfiguration configuration) =>
        configuration.GetConnectionString("Anju") is { Length: > 0 } cs
            ? cs
            : throw new InvalidOperationException("ConnectionStrings:Anju is not set (env ConnectionStrings__Anju).");
}
