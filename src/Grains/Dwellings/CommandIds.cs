namespace Anju.Dwellings;

/// <summary>Client command ids a dwelling remembers (idempotency keys), newest first.</summary>
internal static class CommandIds
{
    /// <summary>True when <paramref name="commandId"/> was applied here for the same command (answer as now, apply
    /// nothing); false when it is new. The same id for another command is a conflict.</summary>
    public static bool IsRepeat(IReadOnlyList<CommandSeen> seen, string commandId, string command)
    {
        var found = seen.FirstOrDefault(c => c.CommandId == commandId);
        return found is not null && (found.Command == command
            ? true
            : throw new ConflictException($"commandId '{commandId}' was already used for a {found.Command} command on this dwelling (v{found.Version})."));
    }

    /// <summary>Puts <paramref name="command"/> in front and forgets all but the <paramref name="kept"/> newest.</summary>
    public static void Remember(List<CommandSeen> seen, CommandSeen command, int kept)
    {
        seen.Insert(0, command);
        if (seen.Count > kept)
        {
            seen.RemoveRange(kept, seen.Count - kept);
        }
    }
}
