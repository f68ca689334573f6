using System.Security.Claims;

namespace Anju.Access.Identity;

/// <summary>The claims a signed-in principal carries, and reading them back.</summary>
public static class AnjuClaims
{
    /// <summary>One per grant: <see cref="Grant.ToString"/>.</summary>
    public const string Grant = "anju:grant";

    /// <summary>The person's display name (shown in the header; the user name is the actor).</summary>
    public const string DisplayName = "anju:name";

    /// <summary>What the session may do: <see cref="SessionKinds"/>.</summary>
    public const string Session = "anju:session";

    /// <summary>The security stamp the session was issued with (Identity's own claim type).</summary>
    public const string SecurityStamp = "AspNet.Identity.SecurityStamp";

    public static IReadOnlyList<Grant> Grants(this ClaimsPrincipal? user) =>
        user?.FindAll(Grant).Select(c => Access.Grant.Parse(c.Value)).OfType<Grant>().ToList() ?? [];

    /// <summary>The actor recorded on commands: the signed-in user name.</summary>
    public static string Actor(this ClaimsPrincipal user) =>
        user.Identity?.Name is { Length: > 0 } name ? name : throw new InvalidOperationException("The request has no signed-in user.");

    public static string UserId(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";

    /// <summary>The roles held, as one comma-separated string (audit rows, the header).</summary>
    public static string RoleList(this ClaimsPrincipal? user) => string.Join(',', user.Grants().Select(g => g.Role).Distinct());

    /// <summary>True for a full session; a limited one may only change its password or enrol a second factor.</summary>
    public static bool IsFullSession(this ClaimsPrincipal? user) => user?.FindFirstValue(Session) == SessionKinds.Full;
}

/// <summary>What a session may do.</summary>
public static class SessionKinds
{
    /// <summary>Everything the grants allow.</summary>
    public const string Full = "full";

    /// <summary>Signed in with a one-time password: only change it.</summary>
    public const string ChangePassword = "change-password";

    /// <summary>A role that needs two factors, without one set up: only enrol an authenticator.</summary>
    public const string EnrolTwoFactor = "enrol-two-factor";
}
