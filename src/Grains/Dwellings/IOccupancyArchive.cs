namespace Anju.Dwellings;

/// <summary>
/// Where a dwelling's older occupancy transitions (its audit trail, 住房使用記錄) go, so that its live state keeps
/// only the most recent ones and every change stays as cheap in year twenty as in year one
/// (docs/design-notes.md, "Bounded dwelling state"). Transitions are numbered from 0 in the order they happened;
/// archiving a numbered transition again leaves the first copy in place, so a retried archive is harmless.
/// </summary>
public interface IOccupancyArchive
{
    /// <summary>Stores <paramref name="transitions"/> as numbers <paramref name="firstOrdinal"/> onwards; durable on return.</summary>
    Task ArchiveAsync(string dwellingKey, int firstOrdinal, IReadOnlyList<OccupancyTransition> transitions);

    /// <summary>Transitions 0 to <paramref name="count"/> − 1, oldest first.</summary>
    Task<IReadOnlyList<OccupancyTransition>> ReadAsync(string dwellingKey, int count);
}

/// <summary>The archive in memory, for clusters whose grain storage is memory too (grain tests).</summary>
internal sealed class MemoryOccupancyArchive : IOccupancyArchive
{
    private readonly Dictionary<string, SortedList<int, OccupancyTransition>> _trails = new(StringComparer.Ordinal);

    public Task ArchiveAsync(string dwellingKey, int firstOrdinal, IReadOnlyList<OccupancyTransition> transitions)
    {
        ArgumentNullException.ThrowIfNull(transitions);
        lock (_trails)
        {
            if (!_trails.TryGetValue(dwellingKey, out var trail))
            {
                _trails[dwellingKey] = trail = [];
            }

            for (var i = 0; i < transitions.Count; i++)
            {
                trail.TryAdd(firstOrdinal + i, transitions[i]);
            }
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<OccupancyTransition>> ReadAsync(string dwellingKey, int count)
    {
        lock (_trails)
        {
            IReadOnlyList<OccupancyTransition> found = _trails.TryGetValue(dwellingKey, out var trail)
                ? [.. trail.Where(t => t.Key < count).Select(t => t.Value)]
                : [];
            return Task.FromResult(found);
        }
    }
}
