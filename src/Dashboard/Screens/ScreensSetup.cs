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
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        app.MapGet("/api/config", (IOptions<DashboardOptions> options) =>
            new ScreenConfig(options.Value.FeaturedEstate));
        return app;
    }
}
