using System.Security.Claims;
using Anju.Access;
using Anju.Access.Hosting;
using Anju.Access.Identity;
using Anju.Common;
using Anju.Errors;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Anju.Silo.Access;

public sealed record SignInRequest(string? UserName, string? Password, string? Code);

public sealed record RefreshRequest(string? RefreshToken);

public sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword);

public sealed record TwoFactorCodeRequest(string? Code);

/// <summary>Who is signed in, as the header of a screen shows it.</summary>
public sealed record Me(string UserName, string DisplayName, string Session, IReadOnlyList<string> Roles, IReadOnlyList<string> Grants);

/// <summary>An authenticator to enrol: the shared key and the <c>otpauth://</c> URI an app scans.</summary>
public sealed record TwoFactorSetup(string SharedKey, string AuthenticatorUri);

/// <summary>Sign-in for screens (cookie) and programs (bearer tokens), sign-out, the caller's own account.</summary>
public static class AuthEndpoints
{
    public const string SignInLimit = "signin";

    public static RouteGroupBuilder MapAuthEndpoints(this RouteGroupBuilder api)
    {
        var auth = api.MapGroup("/auth").WithTags("Sign-in");
        auth.MapPost("/signin", SignInCookieAsync).AllowPublic("signing in").RequireRateLimiting(SignInLimit)
            .WithSummary("Sign a screen in: user name, password and (when the account has one) the authenticator code; sets the session cookie.");
        auth.MapPost("/token", SignInBearerAsync).AllowPublic("signing in").RequireRateLimiting(SignInLimit)
            .WithSummary("Sign a program in: the same proof, answered with a bearer token and a refresh token.");
        auth.MapPost("/refresh", RefreshAsync).AllowPublic("renewing a bearer token with its refresh token").RequireRateLimiting(SignInLimit)
            .WithSummary("A fresh bearer token for a refresh token whose account is unchanged.");
        auth.MapPost("/signout", async (HttpContext http) =>
            {
                await http.SignOutAsync(AccessSchemes.Cookie);
                return Results.NoContent();
            })
            .Allow(Permission.Account, ScopeFrom.Anywhere).WithSummary("End the screen's session.");
        auth.MapGet("/me", (ClaimsPrincipal user) => MeOf(user)).Allow(Permission.Account, ScopeFrom.Anywhere)
            .WithSummary("The signed-in person, their roles and scopes, and what the session may do.");
        auth.MapGet("/antiforgery", (HttpContext http, IAntiforgery antiforgery) =>
            {
                var tokens = antiforgery.GetAndStoreTokens(http);
                return Results.Ok(new { headerName = tokens.HeaderName, token = tokens.RequestToken });
            })
            .Allow(Permission.Account, ScopeFrom.Anywhere)
            .WithSummary("The anti-forgery token a screen sends in X-XSRF-TOKEN with every change.");
        auth.MapPost("/password", ChangePasswordAsync).Allow(Permission.Account, ScopeFrom.Anywhere)
            .WithSummary("Change one's own password (also the only thing a one-time password's session may do).");
        auth.MapPost("/two-factor/setup", SetUpTwoFactorAsync).Allow(Permission.Account, ScopeFrom.Anywhere)
            .WithSummary("A new authenticator key to enrol; takes effect once a code from it is confirmed.");
        auth.MapPost("/two-factor/enable", EnableTwoFactorAsync).Allow(Permission.Account, ScopeFrom.Anywhere)
            .WithSummary("Confirm the authenticator with a code: two factors from now on; answers the recovery codes once.");
        return api;
    }

    private static async Task<IResult> SignInCookieAsync(SignInRequest? body, SignInFlow flow, HttpContext http, SignInAudit audit)
    {
        var outcome = await ProveAsync(body, flow, http, audit);
        if (outcome.Principal is null)
        {
            return Refused(outcome.Refusal!.Value);
        }

        await http.SignInAsync(AccessSchemes.Cookie, outcome.Principal);
        return Results.Ok(MeOf(outcome.Principal));
    }

    private static async Task<IResult> SignInBearerAsync(SignInRequest? body, SignInFlow flow, HttpContext http, SignInAudit audit)
    {
        var outcome = await ProveAsync(body, flow, http, audit);
        return outcome.Principal is null
            ? Refused(outcome.Refusal!.Value)
            : Results.SignIn(outcome.Principal, authenticationScheme: AccessSchemes.Bearer);
    }

    private static async Task<SignInOutcome> ProveAsync(SignInRequest? body, SignInFlow flow, HttpContext http, SignInAudit audit)
    {
        var userName = Validate.Text("userName", body?.UserName, 64);
        var password = body!.Password is { Length: > 0 and <= 256 } p ? p : throw new ValidationException("password", "password is required.");
        var outcome = await flow.SignInAsync(userName, password, body.Code);
        await audit.SignInAsync(http, userName, outcome);
        return outcome;
    }

    private static async Task<IResult> RefreshAsync(
        RefreshRequest? body, IOptionsMonitor<BearerTokenOptions> options, TimeProvider clock, UserManager<AnjuUser> users, SignInFlow flow)
    {
        var token = body?.RefreshToken is { Length: > 0 } t ? t : throw new ValidationException("refreshToken", "refreshToken is required.");
        var ticket = options.Get(AccessSchemes.Bearer).RefreshTokenProtector.Unprotect(token);
        if (ticket?.Properties.ExpiresUtc is not { } expires || clock.GetUtcNow() >= expires
            || await users.FindByIdAsync(ticket.Principal.UserId()) is not { Disabled: false } user
            || user.SecurityStamp != ticket.Principal.FindFirstValue(AnjuClaims.SecurityStamp))
        {
            return Unauthorized("The refresh token is expired, revoked or not one of ours.");
        }

        var twoFactor = ticket.Principal.FindFirstValue("amr") == "mfa";
        return Results.SignIn(await flow.PrincipalAsync(user, twoFactor), authenticationScheme: AccessSchemes.Bearer);
    }

    private static async Task<IResult> ChangePasswordAsync(
        ChangePasswordRequest? body, ClaimsPrincipal me, UserManager<AnjuUser> users, SignInFlow flow, SessionStamps stamps, HttpContext http)
    {
        var current = body?.CurrentPassword is { Length: > 0 } c ? c : throw new ValidationException("currentPassword", "currentPassword is required.");
        var next = body.NewPassword is { Length: > 0 } n ? n : throw new ValidationException("newPassword", "newPassword is required.");
        var user = await users.FindByIdAsync(me.UserId()) ?? throw new NotFoundException("user", me.Actor());
        var changed = await users.ChangePasswordAsync(user, current, next);
        if (!changed.Succeeded)
        {
            throw new ValidationException(
                changed.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)) ? "currentPassword" : "newPassword",
                string.Join(" ", changed.Errors.Select(e => e.Description)));
        }

        user.MustChangePassword = false;
        await users.UpdateAsync(user);
        stamps.Forget(user.Id);
        return Results.Ok(MeOf(await SignInAgainAsync(http, flow, user, me)));
    }

    private static async Task<IResult> SetUpTwoFactorAsync(ClaimsPrincipal me, UserManager<AnjuUser> users)
    {
        var user = await users.FindByIdAsync(me.UserId()) ?? throw new NotFoundException("user", me.Actor());
        if (user.TwoFactorEnabled)
        {
            throw new ConflictException("Two factors are already set up; an administrator resets them.");
        }

        await users.ResetAuthenticatorKeyAsync(user);
        var key = await users.GetAuthenticatorKeyAsync(user) ?? throw new InvalidOperationException("No authenticator key was stored.");
        var uri = $"otpauth://totp/Anju:{Uri.EscapeDataString(user.UserName)}?secret={key}&issuer=Anju&digits=6";
        return Results.Ok(new TwoFactorSetup(key, uri));
    }

    private static async Task<IResult> EnableTwoFactorAsync(
        TwoFactorCodeRequest? body, ClaimsPrincipal me, UserManager<AnjuUser> users, SignInFlow flow, SessionStamps stamps, HttpContext http)
    {
        var code = body?.Code is { Length: > 0 } c ? c.Replace(" ", "", StringComparison.Ordinal) : throw new ValidationException("code", "code is required.");
        var user = await users.FindByIdAsync(me.UserId()) ?? throw new NotFoundException("user", me.Actor());
        if (await users.GetAuthenticatorKeyAsync(user) is null)
        {
            throw new ConflictException("Set up an authenticator first (POST /api/auth/two-factor/setup).");
        }

        if (!await users.VerifyTwoFactorTokenAsync(user, TokenOptions.DefaultAuthenticatorProvider, code))
        {
            throw new ValidationException("code", "The code does not match the authenticator.");
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        var recovery = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 8) ?? [];
        stamps.Forget(user.Id);
        var principal = await SignInAgainAsync(http, flow, user, me, twoFactor: true);
        return Results.Ok(new { recoveryCodes = recovery, me = MeOf(principal) });
    }

    /// <summary>After a change of the account the old session's stamp is stale: a screen gets a new cookie at once; a
    /// program signs in again.</summary>
    private static async Task<ClaimsPrincipal> SignInAgainAsync(HttpContext http, SignInFlow flow, AnjuUser user, ClaimsPrincipal me, bool? twoFactor = null)
    {
        var principal = await flow.PrincipalAsync(user, twoFactor ?? me.FindFirstValue("amr") == "mfa");
        if (!http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            await http.SignInAsync(AccessSchemes.Cookie, principal);
        }

        return principal;
    }

    public static Me MeOf(ClaimsPrincipal user) => new(
        user.Identity?.Name ?? "",
        user.FindFirstValue(AnjuClaims.DisplayName) ?? "",
        user.FindFirstValue(AnjuClaims.Session) ?? "",
        [.. user.Grants().Select(g => g.Role.ToString()).Distinct()],
        [.. user.Grants().Select(g => g.ToString())]);

    private static IResult Refused(SignInRefusal refusal) => refusal switch
    {
        SignInRefusal.TwoFactorRequired => Results.Problem(statusCode: 401, title: "Unauthorized.", detail: "An authenticator code is required.",
            extensions: new Dictionary<string, object?> { ["reason"] = "two-factor-required" }),
        SignInRefusal.LockedOut => Results.Problem(statusCode: 401, title: "Unauthorized.", detail: "The account is locked for a while after repeated failures.",
            extensions: new Dictionary<string, object?> { ["reason"] = "locked-out" }),
        _ => Unauthorized("The user name, password or code is not right."),
    };

    private static IResult Unauthorized(string detail) => Results.Problem(statusCode: 401, title: "Unauthorized.", detail: detail);
}
