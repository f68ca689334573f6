using System.Security.Cryptography;
using System.Text;

namespace Anju.Dwellings;

/// <summary>
/// What a client's command said, as a fingerprint that travels with the call (Orleans' request context) to the
/// dwelling, which keeps it beside the command id: a repeat of the id with the same content answers as the first did,
/// the same id with other content is a conflict (409). The edge takes it from the request as sent (before it fills
/// defaults such as "now"), so a retry of the very same request always matches.
/// </summary>
public static class CommandContent
{
    private const string Key = "anju.command-content";

    /// <summary>Sets the fingerprint of <paramref name="content"/> (the request body as read, with the command's name)
    /// for the grain calls that follow on this flow.</summary>
    public static void Set(string command, string content)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{command}\n{content}"));
        RequestContext.Set(Key, BitConverter.ToInt64(hash, 0));
    }

    /// <summary>Sends no fingerprint with the calls that follow (a command without an id).</summary>
    public static void Clear() => RequestContext.Remove(Key);

    /// <summary>The fingerprint sent with the current call; null when the caller sent none (a grain test, an older host).</summary>
    public static long? Current() => RequestContext.Get(Key) is long fingerprint ? fingerprint : null;
}
