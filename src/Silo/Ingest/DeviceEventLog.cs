using Anju.Journal;
using Anju.Security;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Anju.Silo.Ingest;

/// <summary>
/// The device event log (<c>anju_device_events</c>, migration 0014): the ingest answers an event accepted or duplicate
/// only after its row is committed here. Rows of every request in flight are group-committed (<see cref="GroupCommit{T}"/>),
/// one multi-row insert per statement, so the commit rate stays far below the event rate: at 20,000 events/s a commit
/// carries hundreds of rows. A row already logged (a retried event) is left as it is. Its own bounded pool: a burst of
/// device traffic never takes the connections grains and people need.
/// </summary>
public sealed class DeviceEventLog : IAsyncDisposable
{
    // Rows are inserted in key order, so two statements sharing events (a batch retried while its first try commits)
    // wait for each other in one order and never deadlock.
    private const string InsertSql = """
        INSERT INTO anju_device_events (estate_id, kind, event_id, subject, detail, source, integration, occurred_at)
        SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::timestamptz[]) AS t(e, k, i, s, d, src, n, o)
        ORDER BY e, k, i
        ON CONFLICT (estate_id, kind, event_id) DO NOTHING
        """;

    private const string PurgeSql = """
        DELETE FROM anju_device_events WHERE ctid = ANY (ARRAY(
            SELECT ctid FROM anju_device_events WHERE received_at < $1 LIMIT $2))
        """;

    private readonly NpgsqlDataSource _db;
    private readonly GroupCommit<Row> _inserts;

    public DeviceEventLog(string connectionString, IOptions<DeviceLogOptions> options)
    {
        var o = options.Value;
        _db = NpgsqlDataSource.Create(Anju.Access.Hosting.ConnectionPools.Bounded(connectionString, o.FlushesInFlight + 1));
        _inserts = new GroupCommit<Row>(InsertAsync, o.MaxBatch, o.FlushesInFlight, "device-events");
    }

    /// <summary>Completes when every event is committed (already logged ones included); fails when the statement failed.</summary>
    public Task AppendAsync(string integration, IEnumerable<(string EstateId, DeviceEvent Event)> events) =>
        Task.WhenAll(events.Select(e => _inserts.AddAsync(new Row(e.EstateId, e.Event, integration))));

    /// <summary>Deletes up to <paramref name="limit"/> events received before <paramref name="before"/>; the count deleted.</summary>
    public async Task<int> PurgeAsync(DateTimeOffset before, int limit, CancellationToken ct)
    {
        await using var command = _db.CreateCommand(PurgeSql);
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = before });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = limit });
        return await command.ExecuteNonQueryAsync(ct);
    }

    private async Task InsertAsync(IReadOnlyList<Row> rows)
    {
        await using var command = _db.CreateCommand(InsertSql);
        Add(command, rows, r => r.EstateId);
        Add(command, rows, r => Kind(r.Event.Kind));
        Add(command, rows, r => r.Event.EventId);
        Add(command, rows, r => r.Event.Subject);
        Add(command, rows, r => r.Event.CheckpointId ?? r.Event.Code ?? r.Event.Device);
        Add(command, rows, r => r.Event.Source);
        Add(command, rows, r => r.Integration);
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset[]> { TypedValue = [.. rows.Select(r => r.Event.Timestamp.ToUniversalTime())] });
        await command.ExecuteNonQueryAsync(); // autocommit: one statement, one commit
    }

    private static void Add(NpgsqlCommand command, IReadOnlyList<Row> rows, Func<Row, string?> column) =>
        command.Parameters.Add(new NpgsqlParameter<string?[]> { TypedValue = [.. rows.Select(column)] });

    /// <summary>The kind as the API names it.</summary>
    public static string Kind(DeviceEventKind kind) => kind switch
    {
        DeviceEventKind.Heartbeat => "heartbeat",
        DeviceEventKind.CheckIn => "checkin",
        DeviceEventKind.ClockIn => "clock-in",
        DeviceEventKind.ClockOut => "clock-out",
        DeviceEventKind.Fault => "fault",
        DeviceEventKind.FaultCleared => "fault-cleared",
        _ => kind.ToString(),
    };

    public async ValueTask DisposeAsync()
    {
        await _inserts.DisposeAsync();
        await _db.DisposeAsync();
    }

    private sealed record Row(string EstateId, DeviceEvent Event, string Integration);
}
