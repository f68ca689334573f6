namespace Anju.Dashboard.Live;

/// <summary>Why the live hub refused a call. A refusal's message starts with the code's wire name and a colon
/// (<c>forbidden: …</c>, see <see cref="HubError"/>); screens act on the code alone (<c>wwwroot/js/contract.js</c>
/// lists the same names), never on the text after it.</summary>
public enum HubErrorCode
{
    /// <summary><c>invalid-scope</c>: no scope, an unknown kind, a malformed id, or a scope the method does not take.</summary>
    InvalidScope,

    /// <summary><c>forbidden</c>: the caller's grants do not reach the scope. Retrying will not help.</summary>
    Forbidden,

    /// <summary><c>not-found</c>: the estate or district does not exist (told only to someone who may see them all).</summary>
    NotFound,

    /// <summary><c>unavailable</c>: the cluster is out of reach or did not answer; retry shortly.</summary>
    Unavailable,
}
