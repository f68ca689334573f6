using Anju.Access.Audit;
using Anju.Access.Identity;

namespace Anju.Silo.Access;

/// <summary>Every sign-in, accepted or refused, is a line of the audit log (who tried, from where, and why it was
/// refused); a refusal names no more than the caller was told.</summary>
public sealed class SignInAudit(IAuditLog audit)
{
    public Task SignInAsync(HttpContext http, string userName, SignInOutcome outcome) =>
        audit.AppendAsync(new AuditEntry(
            userName,
            outcome.Principal.RoleList(),
            $"{http.Request.Method} {http.Request.Path}",
            "sign-in",
            outcome.User is { } user ? [$"user={user.Id}"] : [],
            [],
            http.Connection.RemoteIpAddress?.ToString(),
            outcome.Principal is null ? AuditOutcome.Denied : AuditOutcome.Allowed)
        { Detail = outcome.Refusal?.ToString() ?? outcome.Principal?.FindFirst(AnjuClaims.Session)?.Value }, http.RequestAborted);
}
