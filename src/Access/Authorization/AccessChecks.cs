using Anju.Access.Audit;
using Anju.Access.Identity;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Anju.Access;

/// <summary>
/// The scope check for objects named in the body rather than the route (a case filed in an estate, a contract drafted
/// for one, each command of a dwelling batch): the endpoint declares <see cref="ScopeFrom.Body"/>, and its handler
/// asks here, with the same rule, the same personal view and the same audit line as the gate
/// (<see cref="AccessGate"/>) applies to route-scoped endpoints.
/// </summary>
public static class AccessChecks
{
    /// <summary>True when the caller holds the endpoint's permission in a grant that reaches <paramref name="place"/>.</summary>
    public static bool Allows(this HttpContext http, Place place, Permission? permission = null) =>
        GrantRules.Allows(http.User.Grants(), permission ?? Declared(http).Permission, place);

    /// <summary>Throws <see cref="ForbiddenException"/> (403, audited) unless the caller reaches <paramref name="place"/>;
    /// sets the request's personal view for that place.</summary>
    public static async Task RequireAsync(this HttpContext http, Place place, Permission? permission = null)
    {
        var declared = Declared(http);
        if (!http.Allows(place, permission))
        {
            await http.RequestServices.GetRequiredService<IAuditLog>().AppendAsync(
                AccessGate.Entry(http, declared, [], AuditOutcome.Denied, "out of scope"), http.RequestAborted);
            throw new ForbiddenException();
        }

        http.Features.Set(PersonalView.For(http.User.Grants(), place));
    }

    private static AccessDeclaration Declared(HttpContext http) =>
        http.GetEndpoint()?.Metadata.GetMetadata<AccessDeclaration>()
        ?? throw new InvalidOperationException($"{http.Request.Path} declares no access.");
}
