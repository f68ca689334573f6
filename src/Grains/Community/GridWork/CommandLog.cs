using System.Text.Json;

namespace Anju.Community;

/// <summary>Recent command ids of a grain and what each made: a repeat answers the first result, the same id with other
/// content is a conflict. Pure; the grain stores the list.</summary>
internal static class CommandLog
{
    /// <summary>The content of a command as compared (its JSON without the command id).</summary>
    public static string Fingerprint<T>(string kind, T content) => $"{kind}:{JsonSerializer.Serialize(content)}";

    /// <summary>The id of what an earlier command with this id made, null when the id is new (or absent).</summary>
    public static string? Earlier(IReadOnlyList<SeenCommand> seen, string? commandId, string fingerprint)
    {
        if (commandId is null || seen.FirstOrDefault(c => c.CommandId == commandId) is not { } earlier)
        {
            return null;
        }

        return earlier.Fingerprint == fingerprint
            ? earlier.ResultId
            : throw new ConflictException($"Command {commandId} was already used for other content.");
    }

    /// <summary>Remembers a command id, keeping the newest <paramref name="kept"/>.</summary>
    public static void Remember(List<SeenCommand> seen, string? commandId, string fingerprint, string resultId, int kept)
    {
        if (commandId is null)
        {
            return;
        }

        seen.Add(new SeenCommand(commandId, fingerprint, resultId));
        if (seen.Count > kept)
        {
            seen.RemoveRange(0, seen.Count - kept);
        }
    }
}
