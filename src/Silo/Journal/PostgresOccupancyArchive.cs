using Anju.Journal;
using Anju.Dwellings;
using Npgsql;

namespace Anju.Silo.Journal;

/// <summary>
/// <see cref="IOccupancyArchive"/> on PostgreSQL (<c>anju_occupancy_history</c>, migration 0007). Writes are
/// group-committed like journal appends: dwellings archive while they snapshot, and a silo shutting down snapshots
/// every active dwelling at once. Reads (a dwelling's whole trail) are rare and run on their own.
/// </summary>
public sealed class PostgresOccupancyArchive : IOccupancyArchive, IAsyncDisposable
{
    private const string InsertSql = """
        INSERT INTO anju_occupancy_history (service_id, dwelling_key, ordinal, from_state, to_state, action, actor, reason, at)
        SELECT $1, k, o, f, t, a, w, r, at
        FROM unnest($2::text[], $3::integer[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::timestamptz[])
            AS x(k, o, f, t, a, w, r, at)
        ON CONFLICT (service_id, dwelling_key, ordinal) DO NOTHING
        """;

    private const string ReadSql = """
        SELECT from_state, to_state, action, actor, reason, at FROM anju_occupancy_history
        WHERE service_id = $1 AND dwelling_key = $2 AND ordinal < $3
        ORDER BY ordinal
        """;

    private readonly NpgsqlDataSource _db;
    private readonly string _serviceId;
    private readonly GroupCommit<Entry> _writes;

    public PostgresOccupancyArchive(string connectionString, string serviceId, JournalOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _db = NpgsqlDataSource.Create(PostgresStateJournal.Bounded(connectionString, Math.Max(2, options.MaxConnections / 4)));
        _serviceId = serviceId;
        _writes = new GroupCommit<Entry>(InsertAsync, options.MaxBatch, 2, "archive");
    }

    public Task ArchiveAsync(string dwellingKey, int firstOrdinal, IReadOnlyList<OccupancyTransition> transitions)
    {
        ArgumentNullException.ThrowIfNull(transitions);
        return Task.WhenAll(transitions.Select((t, i) => _writes.AddAsync(new Entry(dwellingKey, firstOrdinal + i, t))));
    }

    public async Task<IReadOnlyList<OccupancyTransition>> ReadAsync(string dwellingKey, int count)
    {
        await using var command = _db.CreateCommand(ReadSql);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = _serviceId });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = dwellingKey });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = count });
        var trail = new List<OccupancyTransition>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            trail.Add(new OccupancyTransition(
                Enum.Parse<OccupancyState>(reader.GetString(0)),
                Enum.Parse<OccupancyState>(reader.GetString(1)),
                Enum.Parse<OccupancyAction>(reader.GetString(2)),
                reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.GetFieldValue<DateTimeOffset>(5)));
        }

        return trail;
    }

    private async Task InsertAsync(IReadOnlyList<Entry> entries)
    {
        await using var command = _db.CreateCommand(InsertSql);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = _serviceId });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. entries.Select(e => e.DwellingKey)] });
        command.Parameters.Add(new NpgsqlParameter<int[]> { TypedValue = [.. entries.Select(e => e.Ordinal)] });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. entries.Select(e => e.Transition.From.ToString())] });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. entries.Select(e => e.Transition.To.ToString())] });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. entries.Select(e => e.Transition.Action.ToString())] });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. entries.Select(e => e.Transition.Actor)] });
        command.Parameters.Add(new NpgsqlParameter<string?[]> { TypedValue = [.. entries.Select(e => e.Transition.Reason)] });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset[]> { TypedValue = [.. entries.Select(e => e.Transition.At)] });
        await command.ExecuteNonQueryAsync(); // autocommit: one statement, one commit
    }

    public async ValueTask DisposeAsync()
    {
        await _writes.DisposeAsync();
        await _db.DisposeAsync();
    }

    private sealed record Entry(string DwellingKey, int Ordinal, OccupancyTransition Transition);
}
