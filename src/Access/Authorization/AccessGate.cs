using Anju.Access.Audit;
using Anju.Access.Identity;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace Anju.Access;

/// <summary>
/// The scope half of access, after the policy (which already checked sign-in, session and permission): resolves
/// where the request's object sits, refuses with 403 when no grant of the caller reaches it, decides what the
/// answer may show of personal data, and audits. A read of a person's record is appended to the audit log before
/// the handler runs; a change is appended after it, with its outcome.
/// </summary>
public sealed class AccessGate(RequestDelegate next, IAuditLog audit, ILogger<AccessGate> log)
{
    public async Task InvokeAsync(HttpContext http)
    {
        var declared = http.GetEndpoint()?.Metadata.GetMetadata<AccessDeclaration>();
        if (declared is null || http.User.Identity?.IsAuthenticated != true)
        {
            await next(http);
            return;
        }

        var grants = http.User.Grants();
        var place = await declared.Scope.ResolveAsync(http);
        if (place is null)
        {
            await Problems.WriteAsync(http, StatusCodes.Status404NotFound, "Not found", "No such object.");
            return;
        }

        if (!declared.Scope.IsAnywhere && !GrantRules.Allows(grants, declared.Permission, place))
        {
            await AppendAsync(http, declared, [], AuditOutcome.Denied, "out of scope");
            await Problems.WriteAsync(http, StatusCodes.Status403Forbidden, "Forbidden", "Your grants do not reach this object.");
            return;
        }

        http.Features.Set(place);
        var view = PersonalView.For(grants, place);
        http.Features.Set(view);
        if (declared.PersonalRecord is not null && HttpMethods.IsGet(http.Request.Method))
        {
            await AppendAsync(http, declared, view.Fields, AuditOutcome.Allowed, null);
            await next(http);
            return;
        }

        await next(http);
        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method))
        {
            var status = http.Response.StatusCode;
            var outcome = status < 400 ? AuditOutcome.Allowed : status < 500 ? AuditOutcome.Denied : AuditOutcome.Failed;
            try
            {
                // Not the request's token: a client that gives up after its change was made must not cost the audit line.
                await audit.AppendAsync(Entry(http, declared, [], outcome, status.ToString(System.Globalization.CultureInfo.InvariantCulture)), CancellationToken.None);
            }
            catch (Exception ex)
            {
                // The change itself is durable already; the missing line is an operator's alarm, not the caller's error.
                log.LogError(ex, "Could not audit {Method} {Path} by {Actor}", http.Request.Method, http.Request.Path, http.User.Identity?.Name);
            }
        }
    }

    private Task AppendAsync(HttpContext http, AccessDeclaration declared, IReadOnlyList<string> fields, AuditOutcome outcome, string? detail) =>
        audit.AppendAsync(Entry(http, declared, fields, outcome, detail), http.RequestAborted);

    /// <summary>The audit line of a request: who, which roles, the route, the object and its ids, the personal fields shown.</summary>
    public static AuditEntry Entry(HttpContext http, AccessDeclaration declared, IReadOnlyList<string> fields, AuditOutcome outcome, string? detail) =>
        new(
            http.User.Identity?.Name ?? "",
            http.User.RoleList(),
            $"{http.Request.Method} {(http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? http.Request.Path.Value}",
            declared.PersonalRecord ?? declared.Scope.Describe,
            [.. http.Request.RouteValues.Where(v => v.Value is not null).Select(v => $"{v.Key}={v.Value}"), .. AuditNote.ObjectIds(http)],
            fields,
            http.Connection.RemoteIpAddress?.ToString(),
            outcome)
        { Detail = AuditNote.Detail(http) is { } note ? detail is null ? note : $"{detail}; {note}" : detail };
}

/// <summary>What a handler adds to its request's audit line when the route alone does not say what was touched (the
/// estates of a dwelling batch and its counts).</summary>
public static class AuditNote
{
    private const string IdsKey = "anju.audit.ids";
    private const string DetailKey = "anju.audit.detail";

    public static void Set(HttpContext http, IEnumerable<string> objectIds, string detail)
    {
        http.Items[IdsKey] = objectIds.ToList();
        http.Items[DetailKey] = detail;
    }

    internal static IEnumerable<string> ObjectIds(HttpContext http) => http.Items[IdsKey] as List<string> ?? [];

    internal static string? Detail(HttpContext http) => http.Items[DetailKey] as string;
}
