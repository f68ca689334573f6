namespace Anju.Access.Audit;

/// <summary>One line of the append-only audit log: who (user and roles), what (action, object type and ids,
/// which personal fields were shown unmasked), when, from where, and the outcome.</summary>
public sealed record AuditEntry(
    string Actor,
    string Roles,
    string Action,
    string ObjectType,
    IReadOnlyList<string> ObjectIds,
    IReadOnlyList<string> PersonalFields,
    string? Source,
    AuditOutcome Outcome)
{
    /// <summary>When it happened; the log fills in its own clock when not set.</summary>
    public DateTimeOffset? At { get; init; }

    /// <summary>Free detail (a refusal's reason, the grant given); never personal data.</summary>
    public string? Detail { get; init; }
}

/// <summary>How the audited act ended.</summary>
public enum AuditOutcome
{
    Allowed,
    Denied,
    Failed,
}
