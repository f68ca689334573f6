using System.Runtime.InteropServices;
using Anju.Journal;
using Npgsql;
using NpgsqlTypes;

namespace Anju.Silo.Journal;

/// <summary>
/// <see cref="IStateJournal"/> on PostgreSQL (<c>anju_state_journal</c>, migrations 0006 and 0008): one row
/// per grain, its newest state. Appends from every grain of the silo are group-committed, one multi-row
/// upsert per batch; prunes likewise, off the acknowledgement path. Disposal (host shutdown, after the
/// grains deactivated) drains both.
/// </summary>
public sealed class PostgresStateJournal : IStateJournal, IAsyncDisposable
{
    // Deadlocks: every statement that writes several rows takes their locks in one order (by key), or takes none that
    // others hold. Appends upsert in key order. A prune deletes only rows nobody else has locked (SKIP LOCKED) and so
    // never waits: the row it skips is being written anew, at a version above the snapshot that asked for the prune.
    // Without both, an append batch and a prune batch sharing grains failed each other with 40P01.
    private const string InsertSql = """
        INSERT INTO anju_state_journal (service_id, grain_key, version, payload)
        SELECT $1, k, v, p FROM unnest($2::text[], $3::bigint[], $4::bytea[]) AS t(k, v, p)
        ORDER BY k
        ON CONFLICT (service_id, grain_key) DO UPDATE SET version = excluded.version, payload = excluded.payload, written_at = now()
        WHERE anju_state_journal.version <= excluded.version
        """;

    private const string PruneSql = """
        DELETE FROM anju_state_journal j USING (
            SELECT held.ctid AS row_id
            FROM anju_state_journal held JOIN unnest($2::text[], $3::bigint[]) AS t(k, v)
              ON held.service_id = $1 AND held.grain_key = t.k AND held.version <= t.v
            FOR UPDATE OF held SKIP LOCKED) doomed
        WHERE j.ctid = doomed.row_id
        """;

    private const string LatestSql = """
        SELECT j.grain_key, j.version, j.payload
        FROM unnest($2::text[], $3::bigint[]) AS t(k, v)
        JOIN anju_state_journal j ON j.service_id = $1 AND j.grain_key = t.k AND j.version > t.v
        """;

    private readonly NpgsqlDataSource _db;
    private readonly string _serviceId;
    private readonly ILogger _log;
    private readonly GroupCommit<Row> _appends;
    private readonly GroupCommit<Row> _prunes;
    private readonly GroupCommit<Read> _reads;

    public PostgresStateJournal(string connectionString, string serviceId, JournalOptions options, ILogger<PostgresStateJournal> log)
    {
        (_db, _serviceId, _log) = (NpgsqlDataSource.Create(Bounded(connectionString, options.MaxConnections)), serviceId, log);
        _appends = new GroupCommit<Row>(InsertAsync, options.MaxBatch, options.FlushesInFlight, "append");
        _prunes = new GroupCommit<Row>(PruneAsync, options.MaxBatch, 1, "prune");
        _reads = new GroupCommit<Read>(ReadAsync, options.MaxBatch, options.FlushesInFlight, "read");
    }

    /// <summary>The connection string with at most <paramref name="maxConnections"/> pooled, unless it names its own bound.</summary>
    public static string Bounded(string connectionString, int maxConnections) => Anju.Access.Hosting.ConnectionPools.Bounded(connectionString, maxConnections);

    /// <summary>Read statements so far (each answers a batch of activating grains).</summary>
    public long ReadBatches => _reads.Batches;

    /// <summary>Append statements (= commits) so far.</summary>
    public long AppendBatches => _appends.Batches;

    public Task AppendAsync(string grainKey, long version, ReadOnlyMemory<byte> payload) =>
        _appends.AddAsync(new Row(grainKey, version, WholeArray(payload)));

    /// <summary>The payload's own array when it is exactly that (the serializer's usual output), else a copy:
    /// the hot path of every dwelling change need not copy each state once more.</summary>
    private static byte[] WholeArray(ReadOnlyMemory<byte> payload) =>
        MemoryMarshal.TryGetArray(payload, out var segment) && segment.Offset == 0 && segment.Count == segment.Array!.Length
            ? segment.Array
            : payload.ToArray();

    /// <summary>Grouped like appends: when a silo starts, or a district's grids pull their dwellings, thousands of
    /// grains activate at once and each asks for its journal; one statement per batch answers them all, where a
    /// query each exhausted the pool (16 connections, 15 s) after a crash left a backlog and activations failed.</summary>
    public async Task<JournalEntry?> ReadLatestAsync(string grainKey, long afterVersion)
    {
        var read = new Read(grainKey, afterVersion, new TaskCompletionSource<JournalEntry?>(TaskCreationOptions.RunContinuationsAsynchronously));
        await _reads.AddAsync(read);
        return await read.Result.Task;
    }

    public void Prune(string grainKey, long throughVersion)
    {
        if (!_prunes.TryAdd(new Row(grainKey, throughVersion, [])))
        {
            _log.LogWarning("Journal prune of {GrainKey} through v{Version} dropped: shutting down", grainKey, throughVersion);
        }
    }

    private async Task InsertAsync(IReadOnlyList<Row> rows)
    {
        // One statement cannot upsert a row twice: per grain, the highest version wins (the last, for a retried one).
        var last = new Dictionary<string, Row>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (!last.TryGetValue(row.GrainKey, out var held) || held.Version <= row.Version)
            {
                last[row.GrainKey] = row;
            }
        }

        await using var command = _db.CreateCommand(InsertSql);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = _serviceId });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. last.Values.Select(r => r.GrainKey)] });
        command.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = [.. last.Values.Select(r => r.Version)] });
        command.Parameters.Add(new NpgsqlParameter<byte[][]> { TypedValue = [.. last.Values.Select(r => r.Payload)], NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bytea });
        await command.ExecuteNonQueryAsync(); // autocommit: one statement, one commit
    }

    private async Task ReadAsync(IReadOnlyList<Read> reads)
    {
        await using var command = _db.CreateCommand(LatestSql);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = _serviceId });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. reads.Select(r => r.GrainKey)] });
        command.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = [.. reads.Select(r => r.AfterVersion)] });
        var found = new Dictionary<string, (long Version, byte[] Payload)>(StringComparer.Ordinal);
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                found[reader.GetString(0)] = (reader.GetInt64(1), (byte[])reader.GetValue(2));
            }
        }

        // A key asked twice (different floors) may come back twice, the same row: each asker re-checks its own floor.
        foreach (var read in reads)
        {
            read.Result.TrySetResult(found.TryGetValue(read.GrainKey, out var row) && row.Version > read.AfterVersion
                ? new JournalEntry(row.Version, row.Payload)
                : null);
        }
    }

    private async Task PruneAsync(IReadOnlyList<Row> rows)
    {
        try
        {
            await using var command = _db.CreateCommand(PruneSql);
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = _serviceId });
            command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. rows.Select(r => r.GrainKey)] });
            command.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = [.. rows.Select(r => r.Version)] });
            await command.ExecuteNonQueryAsync();
        }
        catch (Exception ex)
        {
            // Harmless: a stale row is at or below its grain's snapshot, so recovery skips it.
            _log.LogWarning(ex, "Journal prune of {Count} grains failed; the rows stay until a later snapshot prunes them", rows.Count);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _appends.DisposeAsync();
        await _prunes.DisposeAsync();
        await _reads.DisposeAsync();
        await _db.DisposeAsync();
    }

    private sealed record Row(string GrainKey, long Version, byte[] Payload);

    private sealed record Read(string GrainKey, long AfterVersion, TaskCompletionSource<JournalEntry?> Result);
}
