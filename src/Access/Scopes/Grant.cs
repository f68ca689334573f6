namespace Anju.Access;

/// <summary>One role held within one scope: a district operator of <c>TH</c>, grid staff of <c>TH-0001/G01</c>.</summary>
public sealed record Grant(Role Role, ScopeKind Scope, string ScopeId)
{
    /// <summary>The claim value: <c>Role|Scope|ScopeId</c>.</summary>
    public override string ToString() => $"{Role}|{Scope}|{ScopeId}";

    /// <summary>Reads a claim value written by <see cref="ToString"/>; null when it is not one.</summary>
    public static Grant? Parse(string? value)
    {
        var parts = value?.Split('|', 3);
        return parts is { Length: 3 }
            && Enum.TryParse<Role>(parts[0], out var role) && Enum.IsDefined(role)
            && Enum.TryParse<ScopeKind>(parts[1], out var scope) && Enum.IsDefined(scope)
            ? new Grant(role, scope, parts[2])
            : null;
    }
}
