using Anju.Access;
using Anju.Access.Audit;
using Anju.Access.Hosting;
using Anju.Dashboard.Hosting;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Anju.Dashboard.Access;

/// <summary>
/// The dashboard's half of access. It signs nobody in itself: the sign-in page posts to the silo through the
/// forwarded <c>/api/auth</c>, and the silo's session cookie lands on this origin. The dashboard reads that cookie
/// (and the bearer tokens of .NET screens) with the same schemes and the shared key ring, ends sessions whose account
/// changed, and keeps every page but the sign-in page behind sign-in.
/// </summary>
public static class DashboardAccess
{
    public const string SignInPage = "/signin.html";

    public static WebApplicationBuilder AddDashboardAccess(this WebApplicationBuilder builder)
    {
        builder.Services.AddAnjuAccess(builder.Configuration, builder.Configuration.AnjuConnectionString());
        // The scope gate writes refusals and changes to the audit log; the dashboard's own endpoints change nothing.
        builder.Services.AddAnjuAudit();
        // The sign-in page reads returnUrl, in the casing of the rest of the API.
        builder.Services.PostConfigure<CookieAuthenticationOptions>(AccessSchemes.Cookie, o => o.ReturnUrlParameter = "returnUrl");
        // Optional sign-in through the city's unified identity: the browser's round trip ends on this origin.
        builder.Services.AddCityIdentity(builder.Configuration);
        return builder;
    }

    /// <summary>The sign-in page and what it loads, served before authentication; then authentication, the session
    /// check, authorization (whose fallback policy, signed in, also covers the static files served after it) and the
    /// scope gate.</summary>
    public static WebApplication UseDashboardAccess(this WebApplication app)
    {
        app.UsePublicAssets();
        app.UseAnjuAccess();
        app.MapCityIdentity();
        var cityIdentity = CityIdentity.Options(app.Configuration).Enabled;
        app.MapGet("/signin/options", () => new { cityIdentity })
            .AllowPublic("the sign-in page asks which ways of signing in this host offers");
        return app;
    }
}
