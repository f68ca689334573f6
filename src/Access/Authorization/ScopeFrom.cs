using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Anju.Access;

/// <summary>How an endpoint finds the place its request is about, from the route or from the object. Declared
/// per endpoint (<see cref="AccessDeclaration"/>); the gate resolves it before the handler runs.</summary>
public abstract record ScopeFrom(string Describe)
{
    /// <summary>The permission held anywhere is enough: the caller's own account, administration, the audit log,
    /// and lists that return only the rows in the caller's scope.</summary>
    public static readonly ScopeFrom Anywhere = new Fixed("anywhere", Place.City) { IsAnywhere = true };

    /// <summary>City-wide figures: only a city grant reaches them.</summary>
    public static readonly ScopeFrom City = new Fixed("city", Place.City);

    /// <summary>An estate named by a route value.</summary>
    public static ScopeFrom Estate(string routeValue = "estateId") => new Resolved($"estate:{routeValue}", async (http, places) =>
        await places.EstateAsync(Route(http, routeValue)));

    /// <summary>A grid of an estate named by route values.</summary>
    public static ScopeFrom Grid(string estateValue = "estateId", string gridValue = "gridId") => new Resolved($"grid:{gridValue}", async (http, places) =>
        await places.GridAsync(Route(http, estateValue), Route(http, gridValue)));

    /// <summary>A district named by a route value (its code).</summary>
    public static ScopeFrom District(string routeValue = "code") => new Resolved($"district:{routeValue}", (http, _) =>
        ValueTask.FromResult<Place?>(new Place(District: Route(http, routeValue))));

    /// <summary>The object is named in the request's body: the handler checks each place it names through
    /// <see cref="AccessChecks.RequireAsync"/> (the permission held somewhere is what the gate checks).</summary>
    public static ScopeFrom Body(string describe) => new Fixed($"body:{describe}", Place.City) { IsAnywhere = true, InHandler = true };

    /// <summary>A list whose handler keeps only the rows the caller's grants reach.</summary>
    public static ScopeFrom Rows(string describe) => new Fixed($"rows:{describe}", Place.City) { IsAnywhere = true, InHandler = true };

    /// <summary>A place found from the object itself (an incident's estate, a dwelling's grid).</summary>
    public static ScopeFrom Object(string describe, Func<HttpContext, PlaceDirectory, ValueTask<Place?>> resolve) => new Resolved(describe, resolve);

    /// <summary>True for <see cref="Anywhere"/>: no place is checked.</summary>
    public bool IsAnywhere { get; private init; }

    /// <summary>True when the handler checks the places itself (<see cref="Body"/>, <see cref="Rows"/>).</summary>
    public bool InHandler { get; private init; }

    /// <summary>The place; null when the object does not exist (404).</summary>
    public abstract ValueTask<Place?> ResolveAsync(HttpContext http);

    /// <summary>A route value as given; an empty one resolves to no place.</summary>
    public static string Route(HttpContext http, string name) => http.Request.RouteValues[name]?.ToString() ?? "";

    private sealed record Fixed(string Name, Place? Place) : ScopeFrom(Name)
    {
        public override ValueTask<Place?> ResolveAsync(HttpContext http) => ValueTask.FromResult(Place);
    }

    private sealed record Resolved(string Name, Func<HttpContext, PlaceDirectory, ValueTask<Place?>> Resolve) : ScopeFrom(Name)
    {
        public override ValueTask<Place?> ResolveAsync(HttpContext http) => Resolve(http, http.RequestServices.GetRequiredService<PlaceDirectory>());
    }
}
