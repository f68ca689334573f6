namespace Anju.Common.Journal;

/// <summary>The journal in memory, for clusters whose grain storage is memory too (grain tests):
/// it is exactly as durable as the snapshots beside it.</summary>
public sealed class MemoryStateJournal : IStateJournal
{
    private readonly Dictionary<string, SortedList<long, byte[]>> _rows = [];

    public Task AppendAsync(string grainKey, long version, ReadOnlyMemory<byte> payload)
    {
        lock (_rows)
        {
            if (!_rows.TryGetValue(grainKey, out var rows))
            {
                _rows[grainKey] = rows = [];
            }

            if (rows.Count == 0 || rows.Keys[^1] <= version)
            {
                rows.Clear(); // the newest state only, as on PostgreSQL
                rows[version] = payload.ToArray();
            }
        }

        return Task.CompletedTask;
    }

    public Task<JournalEntry?> ReadLatestAsync(string grainKey, long afterVersion)
    {
        lock (_rows)
        {
            return Task.FromResult(_rows.TryGetValue(grainKey, out var rows) && rows.Count > 0 && rows.Keys[^1] > afterVersion
                ? new JournalEntry(rows.Keys[^1], rows.Values[^1])
                : null);
        }
    }

    public void Prune(string grainKey, long throughVersion)
    {
        lock (_rows)
        {
            if (_rows.TryGetValue(grainKey, out var rows))
            {
                while (rows.Count > 0 && rows.Keys[0] <= throughVersion)
                {
                    rows.RemoveAt(0);
                }
            }
        }
    }

    /// <summary>Versions still journaled for the grain (tests).</summary>
    public IReadOnlyList<long> Versions(string grainKey)
    {
        lock (_rows)
        {
            return _rows.TryGetValue(grainKey, out var rows) ? [.. rows.Keys] : [];
        }
    }
}
