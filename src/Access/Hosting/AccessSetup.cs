using Anju.Access.Audit;
using Anju.Access.Identity;
using Anju.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Anju.Access.Hosting;

/// <summary>Sign-in, sessions and authorization, the same in the silo (which issues them) and the dashboard (which
/// reads them for its screens and hub).</summary>
public static class AccessSetup
{
    /// <summary>Registers Identity on PostgreSQL, the shared key ring, cookie and bearer schemes and one policy per
    /// permission.</summary>
    public static IServiceCollection AddAnjuAccess(this IServiceCollection services, IConfiguration configuration, string connectionString)
    {
        services.AddOptions<AccessOptions>().Bind(configuration.GetSection("Access")).Checked(o => o.Problem());
        services.AddOptions<CityIdentityOptions>().Bind(configuration.GetSection("Access:Oidc")).Checked(o => o.Problem());
        services.TryAddSingleton(_ => NpgsqlDataSource.Create(ConnectionPools.Bounded(connectionString, ConnectionPools.Shared)));
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();

        services.AddDataProtection().SetApplicationName("Anju");
        services.AddOptions<KeyManagementOptions>().Configure<NpgsqlDataSource>((o, db) => o.XmlRepository = new PostgresXmlRepository(db));

        services.AddIdentityCore<AnjuUser>()
            .AddSignInManager()
            .AddTokenProvider<AuthenticatorTokenProvider<AnjuUser>>(TokenOptions.DefaultAuthenticatorProvider)
            .AddUserStore<NpgsqlUserStore>()
            .AddClaimsPrincipalFactory<AnjuClaimsFactory>();
        services.AddOptions<IdentityOptions>().Configure<IOptions<AccessOptions>>((o, access) =>
        {
            o.Password.RequiredLength = 12;
            o.Password.RequiredUniqueChars = 4;
            o.Password.RequireDigit = true;
            o.Password.RequireLowercase = true;
            o.Password.RequireUppercase = true;
            o.Password.RequireNonAlphanumeric = false;
            o.Lockout.AllowedForNewUsers = true;
            o.Lockout.MaxFailedAccessAttempts = access.Value.LockoutAttempts;
            o.Lockout.DefaultLockoutTimeSpan = access.Value.LockoutFor;
        });
        services.AddSingleton<NpgsqlUserStore>();
        services.AddSingleton<GrantStore>();
        services.AddScoped<SignInFlow>();
        services.AddSingleton<SessionStamps>();
        services.TryAddSingleton<PlaceDirectory>();

        services.AddAuthentication(AccessSchemes.Default)
            .AddPolicyScheme(AccessSchemes.Default, "Cookie or bearer", o => o.ForwardDefaultSelector = http =>
                http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? AccessSchemes.Bearer
                    : AccessSchemes.Cookie)
            .AddCookie(AccessSchemes.Cookie, ConfigureCookie)
            .AddBearerToken(AccessSchemes.Bearer);
        services.AddOptions<CookieAuthenticationOptions>(AccessSchemes.Cookie)
            .Configure<IOptions<AccessOptions>>((o, access) => o.ExpireTimeSpan = access.Value.IdleTimeout);
        services.AddOptions<BearerTokenOptions>(AccessSchemes.Bearer).Configure<IOptions<AccessOptions>>((o, access) =>
        {
            o.BearerTokenExpiration = access.Value.BearerLifetime;
            o.RefreshTokenExpiration = access.Value.RefreshLifetime;
        });

        services.AddSingleton<IAuthorizationHandler, PermissionHandler>();
        services.AddAuthorizationBuilder().AddAnjuPolicies();
        return services;
    }

    /// <summary>Authentication, the session check, authorization and the scope gate, in that order.</summary>
    public static WebApplication UseAnjuAccess(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseMiddleware<SessionCheck>();
        app.UseAuthorization();
        app.UseMiddleware<AccessGate>();
        return app;
    }

    private static void ConfigureCookie(CookieAuthenticationOptions o)
    {
        o.Cookie.Name = AccessSchemes.CookieName;
        o.Cookie.HttpOnly = true;
        o.Cookie.SameSite = SameSiteMode.Strict;
        o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        o.SlidingExpiration = true;
        o.LoginPath = "/signin.html";
        o.Events.OnRedirectToLogin = context => Refuse(context, StatusCodes.Status401Unauthorized, "Sign in first.");
        o.Events.OnRedirectToAccessDenied = context => Refuse(context, StatusCodes.Status403Forbidden, "Your grants do not allow this.");
    }

    /// <summary>Programs and screens' scripts get a status and problem details; a page asked for by a browser is sent
    /// to the sign-in page.</summary>
    private static Task Refuse(RedirectContext<CookieAuthenticationOptions> context, int status, string detail)
    {
        var path = context.Request.Path;
        if (status == StatusCodes.Status401Unauthorized && HttpMethods.IsGet(context.Request.Method)
            && !path.StartsWithSegments("/api") && !path.StartsWithSegments("/hubs")
            && context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<ReadByPrograms>() is null)
        {
            context.Response.Redirect(context.RedirectUri);
            return Task.CompletedTask;
        }

        return Problems.WriteAsync(context.HttpContext, status, status == 401 ? "Unauthorized" : "Forbidden", detail);
    }

    /// <summary>Reads the audit log implementation from the container (registered by the host).</summary>
    public static IAuditLog Audit(this IServiceProvider services) => services.GetRequiredService<IAuditLog>();
}
