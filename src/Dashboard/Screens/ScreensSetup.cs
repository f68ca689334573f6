using Anju.Access;
using Anju.Hosting;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace Anju.Dashboard.Screens;

/// <summary>The command-centre pages (wwwroot, embedded in this assembly) and the small JSON
/// endpoint they read their settings from.</summary>
public static class ScreensSetup
{
    private static readonly ManifestEmbeddedFileProvider Files = new(typeof(ScreensSetup).Assembly, "wwwroot");

    public static WebApplicationBuilder AddScreens(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DashboardOptions>().BindConfiguration("Dashboard").Checked(o => o.Problem());
        return builder;
    }

    /// <summary>The embedded files, revalidated on every load (a cheap 304 when unchanged): a wall screen left open
    /// across an upgrade must not keep running old modules against a new hub.</summary>
    public static StaticFileOptions StaticFiles() => new()
    {
        FileProvider = Files,
        OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "no-cache",
    };

    /// <summary>Maps the pages; called after the access middleware, so every page but the public ones needs a session.</summary>
    public static WebApplication MapScreens(this WebApplication app)
    {
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = Files });
        app.UseStaticFiles(StaticFiles());
        app.MapGet("/api/config", (IOptions<DashboardOptions> options, HttpContext http) => ScreenConfig.From(options.Value, http.User))
            .Allow(Permission.Account, ScopeFrom.Anywhere);
        return app;
    }
}
