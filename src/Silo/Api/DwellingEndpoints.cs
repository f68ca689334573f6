using Anju.Common;
using Anju.Dwellings;
using Anju.Residency;

namespace Anju.Silo.Api;

public sealed record ChangeOccupancyRequest(string? Action, string? Actor, string? Reason);

public sealed record HouseholdRequest(int? Size, string? HeadOfHousehold, string[]? SpecialGroups, string? SecondAddressRegistration, string? Actor);

public sealed record InspectionRequest(DateTimeOffset? At, string? Inspector, string? Finding, string? Note);

public sealed record RentChargeRequest(DateOnly? DueOn, decimal? Amount);

public sealed record RentPaymentRequest(DateOnly? PaidOn, decimal? Amount);

public sealed record AnnualReviewRequest(DateOnly? ReceivedOn, string? Actor);

public sealed record DeductionRequest(DateTimeOffset? At, int? Points, string? ReasonCode, string? Actor);

/// <summary>One dwelling: occupancy lifecycle, household and residency records (§3.1, §3.2, §4.1).</summary>
public static class DwellingEndpoints
{
    public static RouteGroupBuilder MapDwellingEndpoints(this RouteGroupBuilder api)
    {
        var d = api.MapGroup("/estates/{estateId}/dwellings/{dwellingId}").WithTags("Dwellings");
        d.MapGet("/", (string estateId, string dwellingId, IGrainFactory g) => Dwelling(g, estateId, dwellingId).GetAsync())
            .WithSummary("A dwelling with its occupancy history, household and residency records.");
        d.MapPost("/occupancy", (string estateId, string dwellingId, ChangeOccupancyRequest? body, IGrainFactory g) =>
            Dwelling(g, estateId, dwellingId).ChangeOccupancyAsync(new ChangeOccupancy(
                Parse.Enum<OccupancyAction>("action", EstateEndpoints.Body(body).Action), body!.Actor ?? "", body.Reason)))
            .WithSummary("Move a dwelling one step through its occupancy lifecycle.");
        d.MapPut("/household", (string estateId, string dwellingId, HouseholdRequest? body, IGrainFactory g) =>
            Dwelling(g, estateId, dwellingId).SetHouseholdAsync(new Household(
                Parse.Required("size", EstateEndpoints.Body(body).Size), body!.HeadOfHousehold ?? "",
                Parse.Flags<SpecialGroups>("specialGroups", body.SpecialGroups),
                body.SecondAddressRegistration is null ? SecondAddressRegistration.NotRegistered
                    : Parse.Enum<SecondAddressRegistration>("secondAddressRegistration", body.SecondAddressRegistration)), body.Actor ?? ""))
            .WithSummary("Record the household living in the dwelling.");
        d.MapDelete("/household", (string estateId, string dwellingId, string? actor, IGrainFactory g) =>
            Dwelling(g, estateId, dwellingId).SetHouseholdAsync(null, actor ?? ""))
            .WithSummary("Clear the household record.");
        d.MapPost("/inspections", (string estateId, string dwellingId, InspectionRequest? body, TimeProvider clock, IGrainFactory g) =>
            Dwelling(g, estateId, dwellingId).RecordInspectionAsync(new UsageInspection(
                EstateEndpoints.Body(body).At ?? clock.GetUtcNow(), body!.Inspector ?? "", Parse.Enum<InspectionFinding>("finding", body.Finding), body.Note)))
            .WithSummary("Record a usage inspection (巡查).");
        d.MapPost("/rent/charges", (string estateId, string dwellingId, RentChargeRequest? body, IGrainFactory g) =>
            Dwelling(g, estateId, dwellingId).PostRentChargeAsync(new RentCharge(
                Parse.Required("dueOn", EstateEndpoints.Body(body).DueOn), Parse.Required("amount", body!.Amount))))
            .WithSummary("Post a rent charge.");
        d.MapPost("/rent/payments", (string estateId, string dwellingId, RentPaymentRequest? body, IGrainFactory g) =>
            Dwelling(g, estateId, dwellingId).RecordRentPaymentAsync(new RentPayment(
                Parse.Required("paidOn", EstateEndpoints.Body(body).PaidOn), Parse.Required("amount", body!.Amount))))
            .WithSummary("Record a rent payment.");
        d.MapPost("/annual-review", (string estateId, string dwellingId, AnnualReviewRequest? body, IGrainFactory g) =>
            Dwelling(g, estateId, dwellingId).ReceiveAnnualReviewAsync(
                Parse.Required("receivedOn", EstateEndpoints.Body(body).ReceivedOn), body!.Actor ?? ""))
            .WithSummary("Record the annual review (年審) received.");
        d.MapPost("/deductions", (string estateId, string dwellingId, DeductionRequest? body, TimeProvider clock, IGrainFactory g) =>
            Dwelling(g, estateId, dwellingId).AddDeductionAsync(new DeductionEntry(
                EstateEndpoints.Body(body).At ?? clock.GetUtcNow(), Parse.Required("points", body!.Points), body.ReasonCode ?? "", body.Actor ?? "")))
            .WithSummary("Add a point deduction (扣分) to the household's ledger.");
        return api;
    }

    private static IDwellingGrain Dwelling(IGrainFactory grains, string estateId, string dwellingId) =>
        grains.GetGrain<IDwellingGrain>(Keys.Dwelling(Validate.Id("estateId", estateId), Validate.Id("dwellingId", dwellingId)));
}
