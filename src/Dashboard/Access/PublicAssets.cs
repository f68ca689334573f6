using Anju.Dashboard.Screens;

namespace Anju.Dashboard.Access;

/// <summary>
/// The files a browser without a session may load: the sign-in page, the modules and styles it uses, and the
/// browser libraries. Everything else under wwwroot is served after authorization, so a page asked for without a
/// session is redirected to the sign-in page (the cookie scheme's challenge) and a script or style gets 401.
/// </summary>
public static class PublicAssets
{
    private static readonly HashSet<string> Files = new(StringComparer.Ordinal)
    {
        DashboardAccess.SignInPage,
        "/css/app.css",
        "/css/signin.css",
        "/js/screens/signin.js",
        "/js/api.js",
        "/js/dom.js",
        "/js/i18n.js",
    };

    /// <summary>True for a path served without sign-in.</summary>
    public static bool IsPublic(PathString path) =>
        (path.Value is { } value && Files.Contains(value)) || path.StartsWithSegments("/lib");

    public static WebApplication UsePublicAssets(this WebApplication app)
    {
        var files = ScreensSetup.StaticFiles();
        app.UseWhen(
            http => (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)) && IsPublic(http.Request.Path),
            branch => branch.UseStaticFiles(files));
        return app;
    }
}
