using Anju.Access;
using Anju.Access.Audit;
using Anju.Errors;

namespace Anju.Silo.Access;

/// <summary>The auditor's reading of the append-only audit log (docs/audit.md): search and the chain check.</summary>
public static class AuditEndpoints
{
    public static RouteGroupBuilder MapAuditEndpoints(this RouteGroupBuilder api)
    {
        var audit = api.MapGroup("/audit").WithTags("Audit").Allow(Permission.ReadAudit, ScopeFrom.Anywhere);
        audit.MapGet("/", SearchAsync)
            .WithSummary("Audit rows, newest first: filter by actor, objectId, action (contains), outcome, from/to; page with beforeId.");
        audit.MapGet("/verify", async (AuditChain chain, long? fromId, long? throughId, CancellationToken ct) => await chain.VerifyAsync(fromId, throughId, ct))
            .WithSummary("Walks the hash chain: intact, or the first row whose link or content does not hold.");
        return api;
    }

    private static Task<AuditPage> SearchAsync(
        AuditSearch search, string? actor, string? objectId, string? action, string? outcome, DateTimeOffset? from, DateTimeOffset? to,
        long? beforeId, CancellationToken ct, int limit = 50) =>
        search.SearchAsync(new AuditQuery
        {
            Actor = Blank(actor),
            ObjectId = Blank(objectId),
            Action = Blank(action),
            Outcome = Blank(outcome) is { } o
                ? Enum.TryParse<AuditOutcome>(o, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed
                    : throw new ValidationException("outcome", $"outcome must be one of {string.Join(", ", Enum.GetNames<AuditOutcome>())}.")
                : null,
            From = from,
            To = to,
            BeforeId = beforeId,
            Limit = limit,
        }, ct);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
