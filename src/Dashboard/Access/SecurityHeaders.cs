using System.Text.RegularExpressions;

namespace Anju.Dashboard.Access;

/// <summary>
/// Security headers on every answer of the dashboard, its pages, files, hub and the API it forwards alike: scripts
/// and everything else only from this origin (no inline script, no eval), the live hub's WebSocket on this origin,
/// never inside another site's frame, no referrer leaving, no type sniffing. Set as the answer starts, so a forwarded
/// answer carries them too.
/// </summary>
public static partial class SecurityHeaders
{
    private const string Fixed =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; object-src 'none'; " +
        "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>The policy for a request to <paramref name="host"/>: connect-src names the WebSocket schemes of this
    /// origin too, which 'self' does not match in every browser.</summary>
    public static string ContentSecurityPolicy(HostString host) =>
        host.HasValue && SafeHost().IsMatch(host.Value)
            ? $"{Fixed}; connect-src 'self' ws://{host.Value} wss://{host.Value}"
            : $"{Fixed}; connect-src 'self'";

    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        app.Use((http, next) =>
        {
            http.Response.OnStarting(() =>
            {
                var headers = http.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy(http.Request.Host);
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
