using System.Security.Claims;
using Anju.Access;
using Anju.Access.Identity;
using Anju.Common;
using Anju.Errors;
using Anju.Silo.Access;
using Anju.Contracts;

namespace Anju.Silo.Api;

/// <summary>A contract's body: every field nullable so a missing one is reported by name; nested fields are
/// named with a dot (<c>company.creditCode</c>, <c>term.end</c>).</summary>
public sealed record CreateContractRequest(
    string? ContractId, CompanyRequest? Company, string? EstateId, string? ZoneId, int? ServiceGrade,
    decimal? FeePerSquareMetre, TermRequest? Term, string? Selection, string? ExemptionReason, TenderRequest? Tender = null);

/// <summary>The tender that let the contract: the candidates' credit codes (drawn from the pool, the winner among them),
/// the day it was decided and its reference.</summary>
public sealed record TenderRequest(IReadOnlyList<string?>? Candidates, DateOnly? DecidedOn, string? Reference);

public sealed record CompanyRequest(string? Name, string? CreditCode);

public sealed record TermRequest(DateOnly? Start, DateOnly? End);

public sealed record ContractActionRequest(string? Action, string? Reason);

/// <summary>Property-service contracts (物業服務合同, §6.1): terms, lifecycle, and the estate or zone they serve.</summary>
public static class ContractEndpoints
{
    public static RouteGroupBuilder MapContractEndpoints(this RouteGroupBuilder api)
    {
        var contracts = api.MapGroup("/contracts").WithTags("Contracts");
        contracts.MapPost("/", CreateAsync).Allow(Permission.ManageContracts, ScopeFrom.Body("estateId and zoneId")).WithSummary("Draft a property-service contract for an estate or one of its zones; the company must be admitted to the pool, and a "
            + "Tender needs its tender {candidates, decidedOn, reference} with at least Contracts:MinimumTenderCandidates admitted candidates.");
        contracts.MapGet("/{contractId}", (string contractId, IGrainFactory g) => Contract(g, contractId).GetAsync())
            .Allow(Permission.ReadContracts, ObjectScopes.Contract)
            .WithSummary("A contract's terms, status and history, and whether it is in force today.");
        contracts.MapPost("/{contractId}/actions", (string contractId, ContractActionRequest? body, ClaimsPrincipal user, IGrainFactory g) =>
            Contract(g, contractId).ActAsync(Parse.Enum<ContractAction>("action", EstateEndpoints.Body(body).Action), user.Actor(), body!.Reason))
            .Allow(Permission.ManageContracts, ObjectScopes.Contract)
            .WithSummary("Move a contract one step: Activate, Suspend, Resume, Terminate or Expire.");
        return api;
    }

    private static async Task<IResult> CreateAsync(CreateContractRequest? body, IGrainFactory grains, HttpContext http, PlaceDirectory places)
    {
        var contractId = Validate.Id("contractId", EstateEndpoints.Body(body).ContractId);
        // An estate that does not exist is the grain's to refuse; only a city-wide grant gets that far.
        var estate = await places.EstateAsync(Validate.Id("estateId", body!.EstateId)) ?? Place.City;
        await http.RequireAsync(string.IsNullOrWhiteSpace(body.ZoneId) ? estate : estate with { ZoneId = body.ZoneId });
        var company = body!.Company ?? throw new ValidationException("company", "company is required.");
        var term = body.Term ?? throw new ValidationException("term", "term is required.");
        var snapshot = await Contract(grains, contractId).CreateAsync(new PropertyContractTerms(
            new PropertyCompany(company.Name ?? "", company.CreditCode ?? ""),
            body.EstateId ?? "",
            string.IsNullOrWhiteSpace(body.ZoneId) ? null : body.ZoneId,
            Parse.Required("serviceGrade", body.ServiceGrade),
            Parse.Required("feePerSquareMetre", body.FeePerSquareMetre),
            new ContractTerm(Parse.Required("term.start", term.Start), Parse.Required("term.end", term.End)),
            Parse.Enum<SelectionMethod>("selection", body.Selection),
            body.ExemptionReason) { Tender = Tender(body.Tender) });
        return Results.Created($"/api/contracts/{contractId}", snapshot);
    }

    /// <summary>The tender's record; its rules (candidates admitted, at least the minimum, the winner among them) are the pool's.</summary>
    private static TenderRecord? Tender(TenderRequest? tender) => tender is null ? null : new TenderRecord(
        tender.Candidates is { } codes && codes.All(c => c is not null) ? [.. codes.Select(c => c!)] : throw new ValidationException("tender.candidates", "tender.candidates must be a list of credit codes, without nulls."),
        Parse.Required("tender.decidedOn", tender.DecidedOn),
        tender.Reference ?? "");

    private static IPropertyContractGrain Contract(IGrainFactory grains, string contractId) =>
        grains.GetGrain<IPropertyContractGrain>(Keys.Contract(Validate.Id("contractId", contractId)));
}
