using Anju.Dwellings;

namespace Anju.Casework;

/// <summary>When a dwelling's occupancy change opens paperwork (§3.2: the agency does the move-in and exit paperwork).
/// The queues compare each dwelling's state with the one last seen, so a change made by any path (the API, an exit
/// review carried out, a batch import) is found, and a change is found once.</summary>
internal static class PaperworkRules
{
    private static bool Lived(OccupancyState s) => s is OccupancyState.Occupied or OccupancyState.ExitRequested;

    private static bool Empty(OccupancyState s) => s is OccupancyState.Vacant or OccupancyState.Vacated or OccupancyState.UnderInspection or OccupancyState.UnderRepair;

    /// <summary>The paperwork a change from <paramref name="before"/> (null: never seen) to <paramref name="now"/> opens:
    /// move-in when the dwelling is newly allocated, or lived in having last been seen empty (the allocation came and
    /// went between two looks); exit when a dwelling last seen lived in is empty again (the exit was carried out), or
    /// is first seen vacated. Null when nothing is to be done.</summary>
    public static PaperworkKind? Opens(OccupancyState? before, OccupancyState now) => (before, now) switch
    {
        (null, OccupancyState.Allocated) => PaperworkKind.MoveIn,
        (null, OccupancyState.Vacated) => PaperworkKind.Exit,
        (null, _) => null,
        ({ } b, OccupancyState.Allocated) when b != OccupancyState.Allocated => PaperworkKind.MoveIn,
        ({ } b, _) when Lived(now) && Empty(b) => PaperworkKind.MoveIn,
        ({ } b, _) when Empty(now) && Lived(b) => PaperworkKind.Exit,
        _ => null,
    };

    /// <summary>Compares the dwellings' states with the ones last seen, opens the paperwork due and remembers the new
    /// states. The first look at an estate (nothing seen yet) only takes the states as they are: the queues watch changes
    /// from then on. Seen states change only here, so each change opens one item.</summary>
    public static (int Opened, bool Changed) Apply(CaseworkState state, IEnumerable<DwellingSummary> dwellings, DateTimeOffset now)
    {
        var first = state.LastSeen.Count == 0;
        var opened = 0;
        var changed = false;
        foreach (var d in dwellings)
        {
            var before = state.LastSeen.TryGetValue(d.DwellingId, out var seen) ? seen : (OccupancyState?)null;
            if (before == d.State)
            {
                continue;
            }

            if (!first && Opens(before, d.State) is { } kind)
            {
                state.Paperwork.Add(new PaperworkItem($"PW-{state.NextPaperwork++:000000}", d.DwellingId, kind, now, d.State));
                opened++;
            }

            state.LastSeen[d.DwellingId] = d.State;
            changed = true;
        }

        return (opened, changed);
    }

    /// <summary>Closes an open item with actor and note; closing a closed one returns it unchanged.</summary>
    public static PaperworkItem Close(CaseworkState state, string itemId, string actor, string? note, DateTimeOffset now)
    {
        var index = state.Paperwork.FindIndex(p => p.ItemId == itemId);
        if (index < 0)
        {
            throw new NotFoundException("paperwork item", itemId);
        }

        var item = state.Paperwork[index];
        if (item.ClosedAt is not null)
        {
            return item;
        }

        var closed = item with { ClosedAt = now, ClosedBy = Common.Validate.Text("actor", actor, 100), Note = Optional("note", note) };
        state.Paperwork[index] = closed;
        return closed;
    }

    /// <summary>Forgets closed items older than <paramref name="keep"/>.</summary>
    public static void Prune(CaseworkState state, DateTimeOffset now, TimeSpan keep) =>
        state.Paperwork.RemoveAll(p => p.ClosedAt is { } closed && now - closed > keep);

    public static string? Optional(string field, string? text, int max = 500) =>
        string.IsNullOrWhiteSpace(text) ? null : Common.Validate.Text(field, text, max);
}
