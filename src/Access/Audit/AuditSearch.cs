using System.Text;
using Anju.Errors;
using Npgsql;

namespace Anju.Access.Audit;

/// <summary>The auditor's search over the audit log: filters on the indexed columns, newest first, paged by id
/// (a page stays the same however many rows are appended meanwhile).</summary>
public sealed class AuditSearch(NpgsqlDataSource db)
{
    public async Task<AuditPage> SearchAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        Validate(query);

        await using var command = db.CreateCommand();
        var where = new StringBuilder("TRUE");
        void Filter(string condition, object value)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
            where.Append(" AND ").Append(condition.Replace("{}", $"${command.Parameters.Count}", StringComparison.Ordinal));
        }

        if (!string.IsNullOrEmpty(query.Actor)) Filter("actor = {}", query.Actor);
        if (!string.IsNullOrEmpty(query.ObjectId)) Filter("object_ids @> ARRAY[{}::text]", query.ObjectId);
        if (!string.IsNullOrEmpty(query.Action)) Filter("strpos(lower(action), lower({}::text)) > 0", query.Action);
        if (query.Outcome is { } outcome) Filter("outcome = {}", outcome.ToString());
        if (query.From is { } from) Filter("at >= {}", from.ToUniversalTime());
        if (query.To is { } to) Filter("at < {}", to.ToUniversalTime());
        if (query.BeforeId is { } before) Filter("id < {}", before);

        // One row more than asked tells whether there is a next page.
        command.CommandText = $"SELECT {AuditRecord.Columns} FROM anju_audit WHERE {where} ORDER BY id DESC LIMIT {query.Limit + 1}";
        var rows = new List<AuditRecord>(query.Limit + 1);
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(AuditRecord.Read(reader));
            }
        }

        if (rows.Count <= query.Limit)
        {
            return new AuditPage(rows, null);
        }

        rows.RemoveAt(rows.Count - 1);
        return new AuditPage(rows, rows[^1].Id);
    }

    private static void Validate(AuditQuery query)
    {
        if (query.Limit is < 1 or > AuditQuery.MaxLimit)
        {
            throw new ValidationException("limit", $"Between 1 and {AuditQuery.MaxLimit} rows a page.");
        }

        if (query.From is { } from && query.To is { } to && to <= from)
        {
            throw new ValidationException("to", "The end of the range must come after its start.");
        }
    }
}
