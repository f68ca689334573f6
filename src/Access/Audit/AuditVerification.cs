namespace Anju.Access.Audit;

/// <summary>What a walk along the audit chain found: intact, or the first row whose link or content does not
/// hold, and why.</summary>
public sealed record AuditVerification(bool Intact, long RowsChecked, long? BrokenAtId, string? Problem)
{
    internal static AuditVerification Ok(long rows) => new(true, rows, null, null);

    internal static AuditVerification Broken(long rows, long id, string problem) => new(false, rows, id, problem);
}
