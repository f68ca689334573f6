using System.Security.Claims;
using Anju.Access.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Anju.Access.Hosting;

/// <summary>Settings of sign-in through a city's unified identity (section <c>Access:Oidc</c>); off unless
/// <see cref="Authority"/> is set.</summary>
public sealed class CityIdentityOptions
{
    /// <summary>The identity provider's issuer (its <c>/.well-known/openid-configuration</c> is read from there).</summary>
    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    /// <summary>From configuration or environment only (<c>Access__Oidc__ClientSecret</c>), never the repository.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>The provider's name in Anju's external logins (an administrator links a person's subject to an account).</summary>
    public string Provider { get; set; } = "city-id";

    /// <summary>Whether the provider's sign-in counts as two factors when it says so (an <c>amr</c> of <c>mfa</c>).</summary>
    public bool TrustsProviderSecondFactor { get; set; } = true;

    /// <summary>Allows an http authority (a provider on this machine for tests); production providers use https.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    public bool Enabled => !string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(ClientId);

    /// <summary>What is wrong with these options, naming the setting; null when nothing is (checked at start).</summary>
    public string? Problem() =>
        string.IsNullOrWhiteSpace(Authority) != string.IsNullOrWhiteSpace(ClientId) ? "Access:Oidc:Authority and Access:Oidc:ClientId must be set together (or neither, for no city sign-in)."
        : Enabled && !Uri.TryCreate(Authority, UriKind.Absolute, out _) ? $"Access:Oidc:Authority must be the provider's absolute address, not '{Authority}'."
        : string.IsNullOrWhiteSpace(Provider) ? "Access:Oidc:Provider must name the provider."
        : null;
}

/// <summary>
/// Optional sign-in through the city's unified identity by OpenID Connect (authorization code with PKCE). The
/// provider proves who someone is; Anju still decides what they may do: the provider's subject must be linked to an
/// Anju account (by an administrator), whose grants and session rules apply exactly as after a password sign-in.
/// </summary>
public static class CityIdentity
{
    public const string Scheme = "CityIdentity";

    /// <summary>Where a screen starts the sign-in (the dashboard's sign-in page links here when it is on).</summary>
    public const string StartPath = "/signin/city-identity";

    public static CityIdentityOptions Options(IConfiguration configuration) =>
        configuration.GetSection("Access:Oidc").Get<CityIdentityOptions>() ?? new CityIdentityOptions();

    /// <summary>Adds the OpenID Connect scheme when configured; does nothing otherwise.</summary>
    public static IServiceCollection AddCityIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        var options = Options(configuration);
        if (!options.Enabled)
        {
            return services;
        }

        services.AddAuthentication().AddOpenIdConnect(Scheme, "City identity", oidc =>
        {
            oidc.Authority = options.Authority;
            oidc.ClientId = options.ClientId;
            oidc.ClientSecret = options.ClientSecret;
            oidc.ResponseType = "code";
            oidc.UsePkce = true;
            oidc.RequireHttpsMetadata = options.RequireHttpsMetadata;
            oidc.SignInScheme = AccessSchemes.Cookie;
            oidc.CallbackPath = "/signin-oidc";
            oidc.Scope.Clear();
            oidc.Scope.Add("openid");
            oidc.Scope.Add("profile");
            oidc.MapInboundClaims = false;
            oidc.Events.OnTicketReceived = async context =>
            {
                var principal = await PrincipalForAsync(context.HttpContext.RequestServices, context.Principal, options);
                if (principal is null)
                {
                    context.Response.Redirect("/signin.html?error=unlinked");
                    context.HandleResponse();
                    return;
                }

                context.Principal = principal;
            };
        });
        return services;
    }

    /// <summary>The start of the sign-in, when configured: a challenge that returns to a local path.</summary>
    public static WebApplication MapCityIdentity(this WebApplication app)
    {
        if (!Options(app.Configuration).Enabled)
        {
            return app;
        }

        app.MapGet(StartPath, (string? returnUrl) => Results.Challenge(
                new AuthenticationProperties { RedirectUri = returnUrl is { Length: > 0 } r && r.StartsWith('/') && !r.StartsWith("//", StringComparison.Ordinal) ? r : "/" },
                [Scheme]))
            .AllowPublic("starts a sign-in at the city's identity provider");
        return app;
    }

    /// <summary>The Anju principal of a person the provider signed in: null when their subject is linked to no enabled
    /// account. Two factors count when the provider says it used them and the settings trust it.</summary>
    public static async Task<ClaimsPrincipal?> PrincipalForAsync(IServiceProvider services, ClaimsPrincipal? external, CityIdentityOptions options)
    {
        var subject = external?.FindFirst("sub")?.Value;
        if (subject is null)
        {
            return null;
        }

        var users = services.GetRequiredService<UserManager<AnjuUser>>();
        var user = await users.FindByLoginAsync(options.Provider, subject);
        if (user is null || user.Disabled || await users.IsLockedOutAsync(user))
        {
            return null;
        }

        var providerMfa = options.TrustsProviderSecondFactor && external!.FindAll("amr").Any(c => c.Value == "mfa");
        return await services.GetRequiredService<SignInFlow>().PrincipalAsync(user, providerMfa);
    }
}
