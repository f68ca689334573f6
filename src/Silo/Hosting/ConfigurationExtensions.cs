namespace Anju.Silo.Hosting;

/// <summary>Reads the settings every part of the silo shares.</summary>
public static class ConfigurationExtensions
{
    /// <summary>The PostgreSQL connection string (<c>ConnectionStrings:Anju</c>).</summary>
    public static string AnjuConnectionString(this IConfiguration configuration) =>
        configuration.GetConnectionString("Anju") is { Length: > 0 } cs
            ? cs
            : throw new InvalidOperationException("ConnectionStrings:Anju is not set (env ConnectionStrings__Anju).");
}
