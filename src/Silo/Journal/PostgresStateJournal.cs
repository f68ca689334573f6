using System.Runtime.InteropServices;
using Anju.Common.Journal;
using Npgsql;
using NpgsqlTypes;

namespace Anju.Silo.Journal;

/// <summary>
/// <see cref="IStateJournal"/> on PostgreSQL (<c>anju_state_journal</c>, migration 0006): appends from
/// every grain of the silo are group-committed, one multi-row upsert per batch; prunes likewise, off
/// the acknowledgement path. Disposal (host shutdown, after the grains deactivated) drains both.
/// </summary>
public sealed class PostgresStateJournal : IStateJournal, IAsyncDisposable
{
    private const string InsertSql = """
        INSERT INTO anju_state_journal (service_id, grain_key, version, payload)
        SELECT $1, k, v, p FROM unnest($2::text[], $3::bigint[], $4::bytea[]) AS t(k, v, p)
        ON CONFLICT (service_id, grain_key, version) DO UPDATE SET payload = excluded.payload, written_at = now()
        """;

    private const string PruneSql = """
        DELETE FROM anju_state_journal j USING unnest($2::text[], $3::bigint[]) AS t(k, v)
        WHERE j.service_id = $1 AND j.grain_key = t.k AND j.version <= t.v
        """;

    private const string LatestSql = """
        SELECT version, payload FROM anju_state_journal
        WHERE service_id = $1 AND grain_key = $2 AND version > $3
        ORDER BY version DESC LIMIT 1
        """;

    private readonly NpgsqlDataSource _db;
    private readonly string _serviceId;
    private readonly ILogger _log;
    private readonly GroupCommit<Row> _appends;
    private readonly GroupCommit<Row> _prunes;

    public PostgresStateJournal(string connectionString, string serviceId, JournalOptions options, ILogger<PostgresStateJournal> log)
    {
        (_db, _serviceId, _log) = (NpgsqlDataSource.Create(Bounded(connectionString, options.MaxConnections)), serviceId, log);
        _appends = new GroupCommit<Row>(InsertAsync, options.MaxBatch, options.FlushesInFlight);
        _prunes = new GroupCommit<Row>(PruneAsync, options.MaxBatch, 1);
    }

    /// <summary>The connection string with at most <paramref name="maxConnections"/> pooled, unless it names its own bound.</summary>
    public static string Bounded(string connectionString, int maxConnections)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!connectionString.Contains("Pool Size", StringComparison.OrdinalIgnoreCase) && !connectionString.Contains("MaxPoolSize", StringComparison.OrdinalIgnoreCase))
        {
            builder.MaxPoolSize = Math.Max(1, maxConnections);
        }

        return builder.ConnectionString;
    }

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

    public async Task<JournalEntry?> ReadLatestAsync(string grainKey, long afterVersion)
    {
        await using var command = _db.CreateCommand(LatestSql);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = _serviceId });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = grainKey });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = afterVersion });
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync() ? new JournalEntry(reader.GetInt64(0), (byte[])reader.GetValue(1)) : null;
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
        // One statement cannot upsert a row twice: the last append of a (grain, version) wins.
        var last = new Dictionary<(string, long), Row>();
        foreach (var row in rows)
        {
            last[(row.GrainKey, row.Version)] = row;
        }

        await using var command = _db.CreateCommand(InsertSql);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = _serviceId });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. last.Values.Select(r => r.GrainKey)] });
        command.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = [.. last.Values.Select(r => r.Version)] });
        command.Parameters.Add(new NpgsqlParameter<byte[][]> { TypedValue = [.. last.Values.Select(r => r.Payload)], NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bytea });
        await command.ExecuteNonQueryAsync(); // autocommit: one statement, one commit
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
        await _db.DisposeAsync();
    }

    private sealed record Row(string GrainKey, long Version, byte[] Payload);
}
