namespace Anju.Access.Audit;

/// <summary>What the auditor looks for (<c>GET /api/audit</c>); every filter is optional and they combine with AND.
/// Rows come newest first; the next page is asked for with the previous page's <see cref="AuditPage.NextBeforeId"/>.</summary>
public sealed record AuditQuery
{
    public const int MaxLimit = 500;

    /// <summary>Exactly this user.</summary>
    public string? Actor { get; init; }

    /// <summary>Rows about this object (one of their object ids).</summary>
    public string? ObjectId { get; init; }

    /// <summary>Actions containing this text, case ignored.</summary>
    public string? Action { get; init; }

    public AuditOutcome? Outcome { get; init; }

    /// <summary>At or after this instant.</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>Before this instant.</summary>
    public DateTimeOffset? To { get; init; }

    /// <summary>Only rows older (lower id) than this: the paging cursor.</summary>
    public long? BeforeId { get; init; }

    public int Limit { get; init; } = 50;
}

/// <summary>One page of the search; <see cref="NextBeforeId"/> is null on the last page.</summary>
public sealed record AuditPage(IReadOnlyList<AuditRecord> Rows, long? NextBeforeId);
