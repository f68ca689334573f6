using System.Security.Claims;
using Anju.Access;
using Anju.Access.Identity;
using Anju.Contracts;

namespace Anju.Silo.Api;

/// <summary>A company to admit to the pool: name, unified social credit code, and the qualification or admission batch.</summary>
public sealed record AdmitCompanyRequest(string? Name, string? CreditCode, string? Qualification);

/// <summary>A company's new standing (<c>Suspended</c> or <c>Removed</c>) and why.</summary>
public sealed record StandingRequest(string? Standing, string? Reason);

/// <summary>The company pool (物業服務企業備選庫, §6.1) and the city's contract ranking (docs/scorecard.md).</summary>
public static class PoolEndpoints
{
    public static RouteGroupBuilder MapPoolEndpoints(this RouteGroupBuilder api)
    {
        var pool = api.MapGroup("/pool").WithTags("Contracts");
        pool.MapGet("/", ReadAsync)
            .Allow(Permission.ReadContracts, ScopeFrom.Anywhere)
            .WithSummary("The pool's companies with their contracts and mean score, and the ranking (lowest score first), each limited to the contracts "
                + "the caller's grants reach: a company sees its own contracts only.");
        pool.MapPost("/companies", (AdmitCompanyRequest? body, ClaimsPrincipal user, IGrainFactory g) =>
                Pool(g).AdmitAsync(new PropertyCompany(EstateEndpoints.Body(body).Name ?? "", body!.CreditCode ?? ""), body.Qualification, user.Actor()))
            .Allow(Permission.AssessContracts, ScopeFrom.City)
            .WithSummary("Admit a company to the pool {name, creditCode, qualification?} (or re-admit a suspended or removed one); the same again is harmless.");
        pool.MapPost("/companies/{creditCode}/standing", (string creditCode, StandingRequest? body, ClaimsPrincipal user, IGrainFactory g) =>
                Pool(g).SetStandingAsync(creditCode, Parse.Enum<PoolStanding>("standing", EstateEndpoints.Body(body).Standing), body!.Reason ?? "", user.Actor()))
            .Allow(Permission.AssessContracts, ScopeFrom.City)
            .WithSummary("Suspend or remove a company {standing: Suspended|Removed, reason}; a suspended or removed company is no tender candidate.");
        return api;
    }

    /// <summary>The pool as the caller may see it: the ranking's contracts the caller's grants reach, the companies with those
    /// contracts (all companies for a city-wide reader, who also sees companies without a contract).</summary>
    private static async Task<PoolView> ReadAsync(ClaimsPrincipal user, IGrainFactory grains, PlaceDirectory places)
    {
        var view = await Pool(grains).GetAsync();
        var grants = user.Grants().Where(g => RolePermissions.Holds(g.Role, Permission.ReadContracts)).ToList();
        if (grants.Any(g => g.Scope == ScopeKind.City))
        {
            return view;
        }

        var visible = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in view.Companies.SelectMany(c => c.Contracts).Concat(view.Ranking).DistinctBy(l => l.ContractId))
        {
            if (await places.EstateAsync(line.EstateId) is { } estate
                && GrantRules.Allows(grants, Permission.ReadContracts, estate with { ZoneId = line.ZoneId, Contracts = [new ContractCover(line.ContractId, line.ZoneId)] }))
            {
                visible.Add(line.ContractId);
            }
        }

        var companies = view.Companies
            .Select(c => c with { Contracts = [.. c.Contracts.Where(l => visible.Contains(l.ContractId))] })
            .Where(c => c.Contracts.Count > 0)
            .ToList();
        return new PoolView(view.Version, companies, [.. view.Ranking.Where(l => visible.Contains(l.ContractId))]);
    }

    private static ICompanyPoolGrain Pool(IGrainFactory grains) => grains.GetGrain<ICompanyPoolGrain>(Keys.CompanyPool);
}
