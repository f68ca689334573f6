namespace Anju.Journal;

/// <summary>The journal in memory, for clusters whose grain storage is memory too (grain tests):
/// it is exactly as durable as the snapshots beside it. Like the PostgreSQL one, it holds one row per grain.</summary>
internal sealed class MemoryStateJournal : IStateJournal
{
    private readonly Dictionary<string, JournalEntry> _rows = [];

    public Task AppendAsync(string grainKey, long version, ReadOnlyMemory<byte> payload)
    {
        lock (_rows)
        {
            if (!_rows.TryGetValue(grainKey, out var held) || held.Version <= version)
            {
                _rows[grainKey] = new JournalEntry(version, payload.ToArray());
            }
        }

        return Task.CompletedTask;
    }

    public Task<JournalEntry?> ReadLatestAsync(string grainKey, long afterVersion)
    {
        lock (_rows)
        {
            return Task.FromResult(_rows.TryGetValue(grainKey, out var row) && row.Version > afterVersion ? row : null);
        }
    }

    public void Prune(string grainKey, long throughVersion)
    {
        lock (_rows)
        {
            if (_rows.TryGetValue(grainKey, out var row) && row.Version <= throughVersion)
            {
                _rows.Remove(grainKey);
            }
        }
    }
}
