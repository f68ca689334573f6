using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace Anju.Dashboard.Screens;

/// <summary>The command-centre pages (wwwroot, embedded in this assembly) and the small JSON
/// endpoint they read their settings from.</summary>
public static class ScreensSetup
{
    public static WebApplicationBuilder AddScreens(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DashboardOptions>().BindConfiguration("Dashboard");
        return builder;
    }

    public static WebApplication MapScreens(this WebApplication app)
    {
        var files = new ManifestEmbeddedFileProvider(typeof(ScreensSetup).Assembly, "wwwroot");
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            // Revalidate every load (a cheap 304 when unchanged): a wall screen left open across an
            // upgrade must not keep running old modules against a new hub.
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "no-cache",
        });
        app.MapGet("/api/config", (IOptions<DashboardOptions> options) => ScreenConfig.From(options.Value));
        return app;
    }
}
