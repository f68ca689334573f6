namespace Anju.Dwellings;

/// <summary>Client command ids a dwelling remembers (idempotency keys), newest first, for a window of time.</summary>
internal static class CommandIds
{
    /// <summary>True when <paramref name="commandId"/> was applied here for the same command with the same content
    /// (answer as now, apply nothing); false when it is new. The same id for another command, or for the same command
    /// with other content, is a conflict that names both.</summary>
    public static bool IsRepeat(IReadOnlyList<CommandSeen> seen, string commandId, string command, long? fingerprint)
    {
        var found = seen.FirstOrDefault(c => c.CommandId == commandId);
        if (found is null)
        {
            return false;
        }

        if (found.Command != command)
        {
            throw new ConflictException($"commandId '{commandId}' was already used for a {found.Command} command on this dwelling (v{found.Version}).");
        }

        return found.Fingerprint == 0 || fingerprint is null || found.Fingerprint == fingerprint
            ? true
            : throw new ConflictException($"commandId '{commandId}' was already used for a {command} command with other content on this dwelling (v{found.Version}): send a new id for a new command.");
    }

    /// <summary>As above for a grain that keeps no fingerprints (a work order: its commands carry their expected version).</summary>
    public static bool IsRepeat(IReadOnlyList<CommandSeen> seen, string commandId, string command) => IsRepeat(seen, commandId, command, null);

    /// <summary>Puts <paramref name="command"/> in front and forgets all but the <paramref name="kept"/> newest (a work
    /// order, whose life is short and whose commands are few).</summary>
    public static void Remember(List<CommandSeen> seen, CommandSeen command, int kept)
    {
        seen.Insert(0, command);
        if (seen.Count > kept)
        {
            seen.RemoveRange(kept, seen.Count - kept);
        }
    }

    /// <summary>Throws when the dwelling already remembers <paramref name="most"/> ids within the window: it would have
    /// to forget one before its time, and a retry of that one would then be applied twice.</summary>
    public static void CheckRoom(IReadOnlyList<CommandSeen> seen, DateTimeOffset now, TimeSpan window, int most)
    {
        if (seen.Count(c => c.At == default || now - c.At < window) >= most)
        {
            throw new ConflictException($"This dwelling took {most} commands with ids within {window.TotalHours:0.#} h; send this one later.");
        }
    }

    /// <summary>Puts <paramref name="command"/> in front and forgets the ids older than <paramref name="window"/>
    /// (ids from before the window was kept are stamped now, so they too are kept a window).</summary>
    public static void Remember(List<CommandSeen> seen, CommandSeen command, TimeSpan window)
    {
        for (var i = 0; i < seen.Count; i++)
        {
            if (seen[i].At == default)
            {
                seen[i] = seen[i] with { At = command.At };
            }
        }

        seen.RemoveAll(c => command.At - c.At >= window);
        seen.Insert(0, command);
    }
}
