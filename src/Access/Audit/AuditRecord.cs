using Npgsql;

namespace Anju.Access.Audit;

/// <summary>One stored audit row as the auditor reads it (<c>GET /api/audit</c>); <see cref="Id"/> orders the rows
/// and pages the search.</summary>
public sealed record AuditRecord(
    long Id,
    DateTimeOffset At,
    string Actor,
    string Roles,
    string Action,
    string ObjectType,
    IReadOnlyList<string> ObjectIds,
    IReadOnlyList<string> PersonalFields,
    string? Source,
    AuditOutcome Outcome,
    string? Detail)
{
    /// <summary>The columns <see cref="Read"/> expects, in its order.</summary>
    internal const string Columns = "id, at, actor, roles, action, object_type, object_ids, personal_fields, source, outcome, detail";

    internal static AuditRecord Read(NpgsqlDataReader row) => new(
        row.GetInt64(0),
        row.GetFieldValue<DateTimeOffset>(1),
        row.GetString(2),
        row.GetString(3),
        row.GetString(4),
        row.GetString(5),
        row.GetFieldValue<string[]>(6),
        row.GetFieldValue<string[]>(7),
        row.IsDBNull(8) ? null : row.GetString(8),
        Enum.Parse<AuditOutcome>(row.GetString(9)),
        row.IsDBNull(10) ? null : row.GetString(10));
}
