using System.Text.RegularExpressions;

namespace Anju.Dashboard.Access;

/// <summary>
/// Security headers on every answer of the dashboard, its pages, files, hub and the API it forwards alike: scripts
/// and everything else only from this origin (no inline script, no eval), the live hub's WebSocket on this origin,
/// never inside another site's frame, no referrer leaving, no type sniffing. Set as the answer starts, so a forwarded
/// answer carries them too. Orleans' own dashboard (<see cref="OrleansDashboardPages.Path"/>, administrators only) is
/// a prebuilt page that sets inline styles and embeds its icon font as data: URIs: under its path alone styles may be
/// inline and fonts data:; its scripts, like every other, come only from this origin.
/// </summary>
public static partial class SecurityHeaders
{
    private const string Fixed =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; object-src 'none'; " +
        "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private const string OrleansDashboard =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>The policy for a request to <paramref name="host"/> and <paramref name="path"/>: connect-src names the
    /// WebSocket schemes of this origin too, which 'self' does not match in every browser; looser styles and fonts only
    /// under Orleans' dashboard.</summary>
    public static string ContentSecurityPolicy(HostString host, PathString path)
    {
        var policy = path.StartsWithSegments(OrleansDashboardPages.Path) ? OrleansDashboard : Fixed;
        return host.HasValue && SafeHost().IsMatch(host.Value)
            ? $"{policy}; connect-src 'self' ws://{host.Value} wss://{host.Value}"
            : $"{policy}; connect-src 'self'";
    }

    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        app.Use((http, next) =>
        {
            http.Response.OnStarting(() =>
            {
                var headers = http.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy(http.Request.Host, http.Request.Path);
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "no-referrer";
                return Task.CompletedTask;
            });
            return next(http);
        });
        return app;
    }

    /// <summary>A host and port as a browser sends them; anything else is left out of the header rather than echoed.</summary>
    [GeneratedRegex(@"^[A-Za-z0-9.\-]+(:[0-9]{1,5})?$|^\[[0-9A-Fa-f:.]+\](:[0-9]{1,5})?$")]
    private static partial Regex SafeHost();
}
