using Microsoft.Extensions.Options;

namespace Anju.Dwellings;

/// <summary>
/// A dwelling's occupancy trail (住房使用記錄) split between its state, which keeps the most recent transitions,
/// and the <see cref="IOccupancyArchive"/>, which holds the older ones, so every change stays as cheap in year twenty
/// as in year one. Transitions move in batches, once the state holds twice <see cref="DwellingOptions.HistoryKept"/>.
/// </summary>
internal sealed class OccupancyTrail(IOccupancyArchive archive, IOptions<DwellingOptions> options)
{
    private readonly int _kept = Math.Max(1, options.Value.HistoryKept);

    /// <summary>Transitions beyond the kept ones, once there are at least as many again; else 0.</summary>
    public int ToArchive(DwellingState state)
    {
        var excess = state.History.Count - _kept;
        return excess >= _kept ? excess : 0;
    }

    /// <summary>
    /// Moves the oldest transitions to the archive and out of the state; true when it moved any. The archive is written
    /// (durably) before memory lets go of them, and a transition is never a version of its own: until a snapshot or a
    /// journal row holds the trimmed state, storage still has the untrimmed one and the archive a second copy, which
    /// reads ignore (they take the archive only below <see cref="DwellingState.HistoryArchived"/>) and the next archive keeps.
    /// </summary>
    public async Task<bool> ArchiveAsync(string dwellingKey, DwellingState state)
    {
        var count = ToArchive(state);
        if (count == 0)
        {
            return false;
        }

        await archive.ArchiveAsync(dwellingKey, state.HistoryArchived, state.History.GetRange(0, count));
        state.History.RemoveRange(0, count);
        state.HistoryArchived += count;
        return true;
    }

    /// <summary>The archived transitions (numbers 0 to <see cref="DwellingState.HistoryArchived"/> − 1), oldest first; all of them or a failure.</summary>
    public async Task<IReadOnlyList<OccupancyTransition>> ArchivedAsync(string dwellingKey, DwellingState state)
    {
        var archived = await archive.ReadAsync(dwellingKey, state.HistoryArchived);
        return archived.Count == state.HistoryArchived
            ? archived
            : throw new InvalidOperationException(
                $"Dwelling {state.EstateId}/{state.DwellingId}: the archive holds {archived.Count} of its first {state.HistoryArchived} transitions.");
    }
}
