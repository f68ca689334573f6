using Microsoft.AspNetCore.Authorization;

namespace Anju.Access;

/// <summary>Declares a hub method's permission, as <see cref="AccessDeclarations.Allow{TBuilder}"/> does an endpoint's: the
/// method runs only for a full session holding it somewhere; where its scope argument reaches is the scope check's
/// (the dashboard's <c>ScopeCheck</c>).</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class RequiresAttribute : AuthorizeAttribute
{
    public RequiresAttribute(Permission permission)
        : base(Policies.Of(permission)) => Permission = permission;

    public Permission Permission { get; }
}
