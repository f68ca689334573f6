using System.Security.Claims;
using Microsoft.AspNetCore.Identity;

namespace Anju.Access.Identity;

/// <summary>
/// Proves who someone is: the password (Identity's hasher, counting failures towards lockout), then the
/// authenticator code when the account has one, and decides what the session may do. Shared by the cookie
/// sign-in of screens and the bearer tokens of programs, so both follow one rule.
/// </summary>
public sealed class SignInFlow(UserManager<AnjuUser> users, SignInManager<AnjuUser> signIn, GrantStore grants)
{
    public async Task<SignInOutcome> SignInAsync(string userName, string password, string? code)
    {
        var user = await users.FindByNameAsync(userName);
        if (user is null)
        {
            // The same work as a real check, so timing does not tell which names exist.
            users.PasswordHasher.HashPassword(new AnjuUser(), password);
            return SignInOutcome.Refused(SignInRefusal.BadCredentials, null);
        }

        if (user.Disabled)
        {
            return SignInOutcome.Refused(SignInRefusal.Disabled, user);
        }

        var checkedPassword = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (checkedPassword.IsLockedOut)
        {
            return SignInOutcome.Refused(SignInRefusal.LockedOut, user);
        }

        if (!checkedPassword.Succeeded)
        {
            return SignInOutcome.Refused(SignInRefusal.BadCredentials, user);
        }

        var twoFactor = false;
        if (user.TwoFactorEnabled)
        {
            if (string.IsNullOrWhiteSpace(code))
            {
                return SignInOutcome.Refused(SignInRefusal.TwoFactorRequired, user);
            }

            if (!await users.VerifyTwoFactorTokenAsync(user, TokenOptions.DefaultAuthenticatorProvider, Digits(code)))
            {
                await users.AccessFailedAsync(user);
                return SignInOutcome.Refused(await users.IsLockedOutAsync(user) ? SignInRefusal.LockedOut : SignInRefusal.BadCode, user);
            }

            await users.ResetAccessFailedCountAsync(user);
            twoFactor = true;
        }

        return SignInOutcome.Accepted(user, await PrincipalAsync(user, twoFactor));
    }

    /// <summary>The principal of a proven user, with its session kind (also used after enrolling or changing a password).</summary>
    public async Task<ClaimsPrincipal> PrincipalAsync(AnjuUser user, bool twoFactor)
    {
        var principal = await signIn.CreateUserPrincipalAsync(user);
        var identity = (ClaimsIdentity)principal.Identity!;
        identity.AddClaim(new Claim(AnjuClaims.Session, await SessionKindAsync(user, twoFactor)));
        identity.AddClaim(new Claim("amr", twoFactor ? "mfa" : "pwd"));
        return principal;
    }

    private async Task<string> SessionKindAsync(AnjuUser user, bool twoFactor)
    {
        if (user.MustChangePassword)
        {
            return SessionKinds.ChangePassword;
        }

        var needsTwoFactor = (await grants.OfAsync(user.Id)).Any(g => RolePermissions.NeedsTwoFactor(g.Role));
        return needsTwoFactor && !twoFactor ? SessionKinds.EnrolTwoFactor : SessionKinds.Full;
    }

    private static string Digits(string code) => code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
}

/// <summary>Why a sign-in was refused.</summary>
public enum SignInRefusal
{
    BadCredentials,
    LockedOut,
    Disabled,
    TwoFactorRequired,
    BadCode,
}

/// <summary>A proven principal, or the reason there is none.</summary>
public sealed record SignInOutcome(AnjuUser? User, ClaimsPrincipal? Principal, SignInRefusal? Refusal)
{
    public static SignInOutcome Accepted(AnjuUser user, ClaimsPrincipal principal) => new(user, principal, null);

    public static SignInOutcome Refused(SignInRefusal refusal, AnjuUser? user) => new(user, null, refusal);
}
