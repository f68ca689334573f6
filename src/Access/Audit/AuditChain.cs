using Npgsql;

namespace Anju.Access.Audit;

/// <summary>Walks the audit chain and recomputes every link, so a row changed, removed or slipped in by someone
/// who bypassed the log shows as the first row whose links no longer hold.</summary>
public sealed class AuditChain(NpgsqlDataSource db)
{
    /// <summary>Checks the rows with ids from <paramref name="fromId"/> through <paramref name="throughId"/> (the whole
    /// chain when both are null). The first row is checked against the row before it, or against the archive anchor
    /// or the genesis when there is none.</summary>
    public async Task<AuditVerification> VerifyAsync(long? fromId = null, long? throughId = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        // One snapshot for the anchor and the walk: rows appended meanwhile are simply not seen.
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);
        var expected = await AnchorAsync(connection, fromId, cancellationToken);

        await using var walk = new NpgsqlCommand(
            $"SELECT {AuditRecord.Columns}, prev_hash, hash FROM anju_audit WHERE id >= $1 AND id <= $2 ORDER BY id", connection)
        {
            Parameters = { new NpgsqlParameter<long> { TypedValue = fromId ?? long.MinValue }, new NpgsqlParameter<long> { TypedValue = throughId ?? long.MaxValue } },
            CommandTimeout = 0, // a long chain takes as long as it takes
        };
        await using var reader = await walk.ExecuteReaderAsync(cancellationToken);
        long rows = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            var id = reader.GetInt64(0);
            var previous = reader.GetFieldValue<byte[]>(11);
            var hash = reader.GetFieldValue<byte[]>(12);
            if (!previous.AsSpan().SequenceEqual(expected))
            {
                return AuditVerification.Broken(rows, id, "its prev_hash is not the hash of the row before it (a row was removed or slipped in)");
            }

            if (!TryRead(reader, out var row) || !AuditHash.Compute(previous, row).AsSpan().SequenceEqual(hash))
            {
                return AuditVerification.Broken(rows, id, "its hash does not match its content (the row was changed)");
            }

            expected = hash;
            rows++;
        }

        return AuditVerification.Ok(rows);
    }

    /// <summary>The hash the first row checked must link to: the row before it, else the last archived row's,
    /// else the genesis. From the start of the chain, only the archive anchor counts.</summary>
    private static async Task<byte[]> AnchorAsync(NpgsqlConnection connection, long? fromId, CancellationToken cancellationToken)
    {
        await using var anchor = fromId is { } from
            ? new NpgsqlCommand("""
                SELECT COALESCE(
                    (SELECT hash FROM anju_audit WHERE id < $1 ORDER BY id DESC LIMIT 1),
                    (SELECT through_hash FROM anju_audit_archives WHERE through_id < $1 ORDER BY through_id DESC LIMIT 1))
                """, connection) { Parameters = { new NpgsqlParameter<long> { TypedValue = from } } }
            : new NpgsqlCommand("SELECT through_hash FROM anju_audit_archives ORDER BY through_id DESC LIMIT 1", connection);
        return await anchor.ExecuteScalarAsync(cancellationToken) is byte[] hash ? hash : AuditHash.Genesis.ToArray();
    }

    /// <summary>A row whose outcome is no known value cannot have been written by the log.</summary>
    private static bool TryRead(NpgsqlDataReader reader, out AuditRecord row)
    {
        try
        {
            row = AuditRecord.Read(reader);
            return true;
        }
        catch (ArgumentException)
        {
            row = null!;
            return false;
        }
    }
}
