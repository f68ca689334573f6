using Anju.Access.Identity;
using Microsoft.AspNetCore.Authorization;

namespace Anju.Access;

/// <summary>One authorization policy per <see cref="Permission"/>, named after it. A policy asks that the caller is
/// signed in, holds the permission in some scope and, but for <see cref="Permission.Account"/>, has a full session;
/// whether the grant reaches the request's object is the scope gate's check (<see cref="AccessDeclaration"/>).</summary>
public static class Policies
{
    public static string Of(Permission permission) => $"anju:{permission}";

    public static AuthorizationBuilder AddAnjuPolicies(this AuthorizationBuilder builder)
    {
        foreach (var permission in Enum.GetValues<Permission>())
        {
            builder.AddPolicy(Of(permission), p => p.RequireAuthenticatedUser().AddRequirements(new PermissionRequirement(permission)));
        }

        // Anything mapped without a declaration still needs a signed-in caller; the authorization matrix test fails it.
        return builder.SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
    }
}

/// <summary>The permission a policy asks for.</summary>
public sealed record PermissionRequirement(Permission Permission) : IAuthorizationRequirement;

/// <summary>Holds the permission in some grant, in a session allowed to use it.</summary>
public sealed class PermissionHandler : AuthorizationHandler<PermissionRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        var user = context.User;
        var sessionOk = requirement.Permission == Permission.Account ? user.Identity?.IsAuthenticated == true : user.IsFullSession();
        if (sessionOk && (requirement.Permission == Permission.Account || GrantRules.HoldsAnywhere(user.Grants(), requirement.Permission)))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
