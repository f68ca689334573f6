namespace Anju.Access.Audit;

/// <summary>Appends to the audit log. A returned task means the entry is durable: a read of personal data waits
/// for its entry before any data leaves, so nothing is shown that the log does not hold.</summary>
public interface IAuditLog
{
    Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default);
}
