using System.Security.Claims;
using Anju.Access;
using Anju.Access.Identity;
using Anju.Common;
using Anju.Contracts;
using Anju.Errors;
using Anju.Silo.Access;

namespace Anju.Silo.Api;

/// <summary>A third-party assessment of one period (第三方評估): the score the assessor gave, who, when, and the evidence's reference.</summary>
public sealed record AssessmentRequest(string? Period, decimal? Score, string? Assessor, DateOnly? AssessedOn, string? EvidenceRef);

/// <summary>A breach deduction (違約扣款) in yuan; <c>deductionId</c> makes a repeat harmless.</summary>
public sealed record BreachDeductionRequest(string? DeductionId, string? Period, decimal? Amount, string? Reason, string? Reference);

/// <summary>A contract's live scorecard (考核, docs/scorecard.md): read by whoever reads the contract (a company its own
/// contract's only); assessments and deductions entered by the housing office (AssessContracts).</summary>
public static class ScorecardEndpoints
{
    public static RouteGroupBuilder MapScorecardEndpoints(this RouteGroupBuilder api)
    {
        var contracts = api.MapGroup("/contracts").WithTags("Contracts");
        contracts.MapGet("/{contractId}/scorecard", (string contractId, IGrainFactory g) => Scorecard(g, contractId).GetDetailAsync())
            .Allow(Permission.ReadContracts, ObjectScopes.ContractWithCompany)
            .WithSummary("A contract's scorecard: the running period's score, every factor and figure, past periods (the trend), assessments and deductions.");
        contracts.MapGet("/{contractId}/scorecard/evidence", (string contractId, string? period, string? factor, IGrainFactory g) =>
                Scorecard(g, contractId).GetEvidenceAsync(Parse.Required("period", period), Factor(factor)))
            .Allow(Permission.ReadContracts, ObjectScopes.ContractWithCompany)
            .WithSummary("The orders and cases behind one factor of a period (?period=yyyy-MM&factor=SlaCompliance), newest first, at most 200; "
                + "kept for the running and the previous period (older periods keep their figures).");
        contracts.MapPost("/{contractId}/assessments", (string contractId, AssessmentRequest? body, ClaimsPrincipal user, IGrainFactory g) =>
                Scorecard(g, contractId).RecordAssessmentAsync(Assessment(EstateEndpoints.Body(body)), user.Actor()))
            .Allow(Permission.AssessContracts, ObjectScopes.Contract)
            .WithSummary("Enter a period's third-party assessment {period, score (0–100), assessor, assessedOn, evidenceRef}; the same again is harmless, other values for an assessed period 409.");
        contracts.MapPost("/{contractId}/deductions", (string contractId, BreachDeductionRequest? body, ClaimsPrincipal user, IGrainFactory g) =>
                Scorecard(g, contractId).RecordDeductionAsync(Deduction(EstateEndpoints.Body(body)), user.Actor()))
            .Allow(Permission.AssessContracts, ObjectScopes.Contract)
            .WithSummary("Record a breach deduction {deductionId, period, amount (yuan), reason, reference?}; the same id again is harmless, with other values 409.");
        return api;
    }

    private static ContractAssessment Assessment(AssessmentRequest b) => new(
        Parse.Required("period", b.Period), Parse.Required("score", b.Score), b.Assessor ?? "", Parse.Required("assessedOn", b.AssessedOn), b.EvidenceRef ?? "");

    private static BreachDeduction Deduction(BreachDeductionRequest b) =>
        new(b.DeductionId ?? "", Parse.Required("period", b.Period), Parse.Required("amount", b.Amount), b.Reason ?? "") { Reference = b.Reference };

    private static ScoreFactor Factor(string? factor)
    {
        var f = Parse.Enum<ScoreFactor>("factor", factor);
        return f == ScoreFactor.None ? throw new ValidationException("factor", "factor must name a scored factor, not None.") : f;
    }

    private static IContractScorecardGrain Scorecard(IGrainFactory grains, string contractId) =>
        grains.GetGrain<IContractScorecardGrain>(Keys.Scorecard(Validate.Id("contractId", contractId)));
}
