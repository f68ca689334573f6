using Anju.Access.Identity;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Anju.Access;

/// <summary>Lists keep only the rows the caller's grants reach (<see cref="ScopeFrom.Rows"/>). A city grant keeps every
/// row and a district grant is decided from the row's own district; narrower grants ask where the row's estate sits.</summary>
public static class RowScope
{
    /// <summary>The rows of <paramref name="rows"/> some grant holding <paramref name="permission"/> reaches, in order.</summary>
    public static async Task<IReadOnlyList<T>> ReachedAsync<T>(
        this HttpContext http, IEnumerable<T> rows, Permission permission, Func<T, string> estateOf, Func<T, string?> districtOf, Func<T, string?>? gridOf = null)
    {
        var grants = http.User.Grants().Where(g => RolePermissions.Holds(g.Role, permission)).ToList();
        if (grants.Any(g => g.Scope == ScopeKind.City))
        {
            return [.. rows];
        }

        var districts = grants.Where(g => g.Scope == ScopeKind.District).Select(g => g.ScopeId).ToHashSet(StringComparer.Ordinal);
        var onlyDistricts = grants.All(g => g.Scope == ScopeKind.District);
        var places = http.RequestServices.GetRequiredService<PlaceDirectory>();
        var reached = new List<T>();
        foreach (var row in rows)
        {
            if (districtOf(row) is { } district && districts.Contains(district))
            {
                reached.Add(row);
                continue;
            }

            if (onlyDistricts)
            {
                continue;
            }

            var place = gridOf?.Invoke(row) is { Length: > 0 } grid ? await places.GridAsync(estateOf(row), grid) : await places.EstateAsync(estateOf(row));
            if (place is not null && GrantRules.Allows(grants, permission, place))
            {
                reached.Add(row);
            }
        }

        return reached;
    }
}
