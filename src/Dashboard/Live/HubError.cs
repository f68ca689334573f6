using Microsoft.AspNetCore.SignalR;

namespace Anju.Dashboard.Live;

/// <summary>The live hub's refusals: a <see cref="HubException"/> (the one exception whose message SignalR passes to
/// the caller) whose message is <c>&lt;code&gt;: &lt;detail&gt;</c>.</summary>
public static class HubError
{
    /// <summary>The code as it travels: <c>invalid-scope</c>, <c>forbidden</c>, <c>not-found</c>, <c>unavailable</c>.</summary>
    public static string WireName(HubErrorCode code) => code switch
    {
        HubErrorCode.InvalidScope => "invalid-scope",
        HubErrorCode.Forbidden => "forbidden",
        HubErrorCode.NotFound => "not-found",
        HubErrorCode.Unavailable => "unavailable",
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, null),
    };

    /// <summary>A refusal with <paramref name="code"/>; <paramref name="detail"/> is for people and logs only.</summary>
    public static HubException Of(HubErrorCode code, string detail) => new($"{WireName(code)}: {detail}");
}
