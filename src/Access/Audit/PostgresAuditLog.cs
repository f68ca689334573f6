using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace Anju.Access.Audit;

/// <summary>
/// The audit log on PostgreSQL (<c>anju_audit</c>), with group commit: entries appended while a batch is being
/// written wait and go together in the next transaction, so a burst of personal-data reads costs a few commits,
/// not one each. Every caller of a batch learns its outcome only after COMMIT, and all of them learn a failure.
/// The chain is extended under a transaction-scoped advisory lock, so silos and dashboards appending to the same
/// database link their rows in one order.
/// </summary>
public sealed class PostgresAuditLog : IAuditLog, IAsyncDisposable
{
    /// <summary>Arbitrary, fixed, shared with <c>anju_audit_forget_through</c> in 0011_anju_audit.sql.</summary>
    internal const long ChainLock = 7310012716;

    /// <summary>Rows per transaction at most; a larger backlog is written in several.</summary>
    private const int MaxBatch = 500;

    private const string InsertSql = """
        INSERT INTO anju_audit (at, actor, roles, action, object_type, object_ids, personal_fields, source, outcome, detail, prev_hash, hash)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
        """;

    private readonly NpgsqlDataSource _db;
    private readonly TimeProvider _clock;
    private readonly ILogger<PostgresAuditLog> _log;
    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _writer;

    public PostgresAuditLog(NpgsqlDataSource db, TimeProvider clock, ILogger<PostgresAuditLog> log)
    {
        _db = db;
        _clock = clock;
        _log = log;
        _writer = Task.Run(WriteLoopAsync);
    }

    public Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var row = new AuditRecord(
            0, AuditHash.ToStoredPrecision(entry.At ?? _clock.GetUtcNow()), entry.Actor, entry.Roles, entry.Action,
            entry.ObjectType, entry.ObjectIds, entry.PersonalFields, entry.Source, entry.Outcome, entry.Detail);
        var pending = new Pending(row, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_queue.Writer.TryWrite(pending))
        {
            return Task.FromException(new ObjectDisposedException(nameof(PostgresAuditLog), "The audit log has stopped; nothing more is recorded."));
        }

        // A caller that gives up is told so; its entry may still be written, which records the attempt.
        return pending.Done.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Stops taking entries and returns once every entry already taken is written (or has failed).</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writer;
    }

    private async Task WriteLoopAsync()
    {
        var batch = new List<Pending>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }

            try
            {
                await WriteAsync(batch);
                batch.ForEach(p => p.Done.TrySetResult());
            }
            catch (Exception e)
            {
                _log.LogError(e, "Could not write {Count} audit entries; their callers are told", batch.Count);
                batch.ForEach(p => p.Done.TrySetException(e));
            }

            batch.Clear();
        }
    }

    private async Task WriteAsync(List<Pending> batch)
    {
        await using var connection = await _db.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var previous = await LockTailAsync(connection);

        await using var insert = new NpgsqlBatch(connection);
        foreach (var pending in batch)
        {
            var row = pending.Row;
            var hash = AuditHash.Compute(previous, row);
            var command = new NpgsqlBatchCommand(InsertSql);
            command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = row.At, NpgsqlDbType = NpgsqlDbType.TimestampTz });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = row.Actor });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = row.Roles });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = row.Action });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = row.ObjectType });
            command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. row.ObjectIds] });
            command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. row.PersonalFields] });
            command.Parameters.Add(new NpgsqlParameter { Value = (object?)row.Source ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = row.Outcome.ToString() });
            command.Parameters.Add(new NpgsqlParameter { Value = (object?)row.Detail ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
            command.Parameters.Add(new NpgsqlParameter<byte[]> { TypedValue = previous });
            command.Parameters.Add(new NpgsqlParameter<byte[]> { TypedValue = hash });
            insert.BatchCommands.Add(command);
            previous = hash;
        }

        await insert.ExecuteNonQueryAsync();
        await transaction.CommitAsync();
    }

    /// <summary>Takes the chain's lock, then reads its last hash. Two statements, not one: in READ COMMITTED a
    /// statement sees what was committed when it began, and only one begun after the lock sees the last holder's
    /// rows.</summary>
    private static async Task<byte[]> LockTailAsync(NpgsqlConnection connection)
    {
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                new NpgsqlBatchCommand($"SELECT pg_advisory_xact_lock({ChainLock})"),
                new NpgsqlBatchCommand("""
                    SELECT COALESCE(
                        (SELECT hash FROM anju_audit ORDER BY id DESC LIMIT 1),
                        (SELECT through_hash FROM anju_audit_archives ORDER BY through_id DESC LIMIT 1))
                    """),
            },
        };
        await using var reader = await batch.ExecuteReaderAsync();
        await reader.NextResultAsync();
        await reader.ReadAsync();
        return reader.IsDBNull(0) ? AuditHash.Genesis.ToArray() : reader.GetFieldValue<byte[]>(0);
    }

    private sealed record Pending(AuditRecord Row, TaskCompletionSource Done);
}
