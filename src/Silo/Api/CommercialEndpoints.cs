using System.Security.Claims;
using Anju.Access;
using Anju.Access.Identity;
using Anju.Common;
using Anju.Errors;
using Anju.Money;

namespace Anju.Silo.Api;

public sealed record OperatorRequest(string? Operator);

public sealed record UnitRequest(string? UnitId, string? Name, decimal? FloorArea, string? Use);

public sealed record LeaseRequest(string? LeaseId, string? UnitId, string? Tenant, string? Start, string? End, decimal? MonthlyRent);

public sealed record EndLeaseRequest(string? EndedOn);

public sealed record RentRequest(string? LeaseId, decimal? Amount, string? ReceiptId);

public sealed record TaxRequest(decimal? Amount, string? Reference);

public sealed record RemitRequest(decimal? Amount, string? VoucherRef, string? RemittedOn);

public sealed record OperatorAssessmentRequest(string? Period, decimal? Score, string? Notes);

/// <summary>An estate's commercial units (經營性物業, §3.3): the operator, units, leases, the month's rent, receipts, taxes,
/// the remittance of the net to the treasury in full (收支兩條線), and the operator's assessment. The housing office reads
/// (ReadAccounts) and manages (ManageAccounts) them, estate by estate.</summary>
public static class CommercialEndpoints
{
    public static RouteGroupBuilder MapCommercialEndpoints(this RouteGroupBuilder api)
    {
        var units = api.MapGroup("/estates/{estateId}/commercial").WithTags("Commercial units");
        units.MapGet("/", (string estateId, IGrainFactory g) => Units(g, estateId).GetAsync())
            .Allow(Permission.ReadAccounts, ScopeFrom.Estate())
            .WithSummary("The operator, units, leases, every month billed (rent, receipts, taxes, net, remitted) and the operator's assessments.");
        units.MapPost("/operator", (string estateId, OperatorRequest? body, ClaimsPrincipal user, IGrainFactory g) =>
                Units(g, estateId).SetOperatorAsync(Body(body).Operator!, user.Actor()))
            .Allow(Permission.ManageAccounts, ScopeFrom.Estate())
            .WithSummary("Name the professional operator {operator}.");
        units.MapPost("/units", (string estateId, UnitRequest? body, ClaimsPrincipal user, IGrainFactory g) =>
            {
                var b = Body(body);
                return Units(g, estateId).RegisterUnitAsync(
                    new CommercialUnit(b.UnitId!, b.Name!, Parse.Required("floorArea", b.FloorArea), b.Use!), user.Actor());
            })
            .Allow(Permission.ManageAccounts, ScopeFrom.Estate())
            .WithSummary("Register a unit {unitId, name, floorArea, use}; the same unit again is harmless, other content 409.");
        units.MapPost("/leases", (string estateId, LeaseRequest? body, ClaimsPrincipal user, IGrainFactory g) =>
            {
                var b = Body(body);
                return Units(g, estateId).LetAsync(new CommercialLease(b.LeaseId!, b.UnitId!, b.Tenant!, MoneyChecks.Day("start", b.Start),
                    MoneyChecks.Day("end", b.End), MoneyChecks.Amount("monthlyRent", b.MonthlyRent)), user.Actor());
            })
            .Allow(Permission.ManageAccounts, ScopeFrom.Estate())
            .WithSummary("Let a unit {leaseId, unitId, tenant, start, end, monthlyRent}; a lease overlapping another of the unit is 409.");
        units.MapPost("/leases/{leaseId}/end", (string estateId, string leaseId, EndLeaseRequest? body, ClaimsPrincipal user, IGrainFactory g) =>
                Units(g, estateId).EndLeaseAsync(Validate.Id("leaseId", leaseId), MoneyChecks.Day("endedOn", Body(body).EndedOn), user.Actor()))
            .Allow(Permission.ManageAccounts, ScopeFrom.Estate())
            .WithSummary("End a lease early {endedOn} (its last day); a day already billed past is 409.");
        units.MapPost("/months/{month}/bill", (string estateId, string month, ClaimsPrincipal user, IGrainFactory g) =>
                Units(g, estateId).BillMonthAsync(MoneyChecks.Month("month", month), user.Actor()))
            .Allow(Permission.ManageAccounts, ScopeFrom.Estate())
            .WithSummary("Bill a month's rent (pro rata by days for a part month); billing it again changes nothing.");
        units.MapPost("/months/{month}/rent", (string estateId, string month, RentRequest? body, ClaimsPrincipal user, IGrainFactory g) =>
            {
                var b = Body(body);
                return Units(g, estateId).ReceiveRentAsync(Validate.Id("leaseId", b.LeaseId), MoneyChecks.Month("month", month),
                    MoneyChecks.Amount("amount", b.Amount), MoneyChecks.EntryId("receiptId", b.ReceiptId), user.Actor());
            })
            .Allow(Permission.ManageAccounts, ScopeFrom.Estate())
            .WithSummary("Record rent received {leaseId, amount, receiptId} against the month's bill; the same receipt again is harmless.");
        units.MapPost("/months/{month}/taxes", (string estateId, string month, TaxRequest? body, ClaimsPrincipal user, IGrainFactory g) =>
            {
                var b = Body(body);
                return Units(g, estateId).RecordTaxesAsync(MoneyChecks.Month("month", month), MoneyChecks.Amount("amount", b.Amount),
                    MoneyChecks.EntryId("reference", b.Reference), user.Actor());
            })
            .Allow(Permission.ManageAccounts, ScopeFrom.Estate())
            .WithSummary("Deduct taxes and fees {amount, reference} from the month's income (at most what was received).");
        units.MapPost("/months/{month}/remit", (string estateId, string month, RemitRequest? body, ClaimsPrincipal user, IGrainFactory g) =>
            {
                var b = Body(body);
                return Units(g, estateId).RemitAsync(MoneyChecks.Month("month", month), MoneyChecks.Amount("amount", b.Amount),
                    MoneyChecks.EntryId("voucherRef", b.VoucherRef), MoneyChecks.Day("remittedOn", b.RemittedOn), user.Actor());
            })
            .Allow(Permission.ManageAccounts, ScopeFrom.Estate())
            .WithSummary("Remit the month's net income to the treasury {amount, voucherRef, remittedOn}: the amount must be the whole net not yet "
                + "remitted (收支兩條線), else 400 naming amount.");
        units.MapPost("/assessments", (string estateId, OperatorAssessmentRequest? body, ClaimsPrincipal user, IGrainFactory g) =>
            {
                var b = Body(body);
                return Units(g, estateId).AssessOperatorAsync(
                    new OperatorAssessment(b.Period!, Parse.Required("score", b.Score), user.Actor(), default, b.Notes ?? ""), user.Actor());
            })
            .Allow(Permission.ManageAccounts, ScopeFrom.Estate())
            .WithSummary("Assess the operator for a period {period (2026, 2026-Q3 or 2026-07), score 0–100, notes}; the assessor is the signed-in person.");
        return api;
    }

    private static T Body<T>(T? body)
        where T : class =>
        body ?? throw new ValidationException("body", "A JSON body is required.");

    private static ICommercialGrain Units(IGrainFactory grains, string estateId) =>
        grains.GetGrain<ICommercialGrain>(Keys.Commercial(Validate.Id("estateId", estateId)));
}
