using Anju.Hosting;
using Anju.Silo.Access;
using Anju.Silo.Api;
using Anju.Silo.Database;
using Anju.Silo.Hosting;

namespace Anju.Silo;

/// <summary>The silo host, built the same way by <c>Program</c> and by tests.</summary>
public static class SiloApp
{
    /// <summary>Builds the silo web host after applying the schema. Returns null after <c>--migrate-only</c>.</summary>
    public static async Task<WebApplication?> BuildAsync(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        builder.UseAnjuSerilog(args);
        builder.AddAnjuTelemetry("anju-silo");

        var connectionString = builder.Configuration.AnjuConnectionString();
        // Migrations run as the schema owner; the hosts' own role (anju_app) changes rows but no schema, and may only
        // add to the audit log (docs/audit.md).
        var migrationsConnectionString = builder.Configuration.AnjuMigrationsConnectionString(connectionString);
        if (builder.Configuration.GetValue("Database:Migrate", true) || args.Contains("--migrate-only"))
        {
            await SchemaMigrator.ApplyAsync(migrationsConnectionString, SchemaMigrator.DefaultFolder);
        }

        if (args.Contains("--migrate-only"))
        {
            return null;
        }

        builder.AddAnjuSilo(connectionString);
        builder.AddSiloAccess(connectionString);
        builder.AddAnjuApi(connectionString);
        builder.AddDatabaseHealth(connectionString);

        var app = builder.Build();
        app.UseAnjuRequestLogging();
        app.UseCommandMetrics();
        app.UseAnjuErrors();
        app.UseSiloAccess();
        app.MapAnjuApi();
        app.MapAnjuHealth("silo");
        app.MapAnjuMetrics();
        return app;
    }
}
