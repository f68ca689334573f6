namespace Anju.Access.Hosting;

/// <summary>The authentication schemes: a policy scheme that reads a bearer token when the request has one and the
/// session cookie otherwise.</summary>
public static class AccessSchemes
{
    public const string Default = "Anju";

    public const string Cookie = "Anju.Cookie";

    public const string CookieName = "anju.session";

    /// <summary>Identity's bearer-token scheme (tokens protected by the shared Data Protection key ring).</summary>
    public const string Bearer = "Identity.Bearer";
}
