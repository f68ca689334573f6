using System.Text.Json;
using Anju.Common;
using Anju.Dwellings;
using Anju.Residency;
using Microsoft.AspNetCore.Mvc;

namespace Anju.Silo.Api;

public sealed record ChangeOccupancyRequest(string? Action, string? Actor, string? Reason);

public sealed record HouseholdRequest(int? Size, string? HeadOfHousehold, string[]? SpecialGroups, string? SecondAddressRegistration, string? Actor);

public sealed record ClearHouseholdRequest(string? Actor);

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
        d.MapPost("/occupancy", (string estateId, string dwellingId, ChangeOccupancyRequest? body, [FromHeader(Name = IdempotencyKey)] string? key, IGrainFactory g) =>
            DwellingCommands.ChangeOccupancy(Dwelling(g, estateId, dwellingId), body, Key(key)))
            .WithSummary("Move a dwelling one step through its occupancy lifecycle.");
        d.MapPut("/household", (string estateId, string dwellingId, HouseholdRequest? body, [FromHeader(Name = IdempotencyKey)] string? key, IGrainFactory g) =>
            DwellingCommands.SetHousehold(Dwelling(g, estateId, dwellingId), body, Key(key)))
            .WithSummary("Record the household living in the dwelling.");
        d.MapDelete("/household", (string estateId, string dwellingId, string? actor, [FromHeader(Name = IdempotencyKey)] string? key, IGrainFactory g) =>
            DwellingCommands.ClearHousehold(Dwelling(g, estateId, dwellingId), new ClearHouseholdRequest(actor), Key(key)))
            .WithSummary("Clear the household record.");
        d.MapPost("/inspections", (string estateId, string dwellingId, InspectionRequest? body, [FromHeader(Name = IdempotencyKey)] string? key, TimeProvider clock, IGrainFactory g) =>
            DwellingCommands.RecordInspection(Dwelling(g, estateId, dwellingId), body, clock, Key(key)))
            .WithSummary("Record a usage inspection (巡查).");
        d.MapPost("/rent/charges", (string estateId, string dwellingId, RentChargeRequest? body, [FromHeader(Name = IdempotencyKey)] string? key, IGrainFactory g) =>
            DwellingCommands.PostRentCharge(Dwelling(g, estateId, dwellingId), body, Key(key)))
            .WithSummary("Post a rent charge.");
        d.MapPost("/rent/payments", (string estateId, string dwellingId, RentPaymentRequest? body, [FromHeader(Name = IdempotencyKey)] string? key, IGrainFactory g) =>
            DwellingCommands.RecordRentPayment(Dwelling(g, estateId, dwellingId), body, Key(key)))
            .WithSummary("Record a rent payment.");
        d.MapPost("/annual-review", (string estateId, string dwellingId, AnnualReviewRequest? body, [FromHeader(Name = IdempotencyKey)] string? key, IGrainFactory g) =>
            DwellingCommands.ReceiveAnnualReview(Dwelling(g, estateId, dwellingId), body, Key(key)))
            .WithSummary("Record the annual review (年審) received.");
        d.MapPost("/deductions", (string estateId, string dwellingId, DeductionRequest? body, [FromHeader(Name = IdempotencyKey)] string? key, TimeProvider clock, IGrainFactory g) =>
            DwellingCommands.AddDeduction(Dwelling(g, estateId, dwellingId), body, clock, Key(key)))
            .WithSummary("Add a point deduction (扣分) to the household's ledger.");
        return api;
    }

    /// <summary>The header a client sends its command id in: a retry with the same key after a lost answer applies nothing twice.</summary>
    public const string IdempotencyKey = "Idempotency-Key";

    private static string? Key(string? header) => Validate.CommandId(IdempotencyKey, header);

    public static IDwellingGrain Dwelling(IGrainFactory grains, string estateId, string dwellingId) =>
        grains.GetGrain<IDwellingGrain>(Keys.Dwelling(Validate.Id("estateId", estateId), Validate.Id("dwellingId", dwellingId)));
}

/// <summary>
/// The dwelling commands, each from the body its endpoint takes: one place turns request fields into
/// grain commands, for the single endpoints and the batch (<c>POST /api/dwellings/commands</c>) alike,
/// so a command is validated the same way whichever way it comes.
/// </summary>
public static class DwellingCommands
{
    /// <summary>The command names a batch item may carry, in the order of the single endpoints.</summary>
    public static readonly IReadOnlyList<string> Names =
        ["occupancy", "household", "clear-household", "inspection", "rent-charge", "rent-payment", "annual-review", "deduction"];

    public static Task<DwellingSnapshot> ChangeOccupancy(IDwellingGrain dwelling, ChangeOccupancyRequest? body, string? commandId = null) =>
        dwelling.ChangeOccupancyAsync(new ChangeOccupancy(
            Parse.Enum<OccupancyAction>("action", EstateEndpoints.Body(body).Action), body!.Actor ?? "", body.Reason), commandId);

    public static Task<DwellingSnapshot> SetHousehold(IDwellingGrain dwelling, HouseholdRequest? body, string? commandId = null) =>
        dwelling.SetHouseholdAsync(new Household(
            Parse.Required("size", EstateEndpoints.Body(body).Size), body!.HeadOfHousehold ?? "",
            Parse.Flags<SpecialGroups>("specialGroups", body.SpecialGroups),
            body.SecondAddressRegistration is null ? SecondAddressRegistration.NotRegistered
                : Parse.Enum<SecondAddressRegistration>("secondAddressRegistration", body.SecondAddressRegistration)), body.Actor ?? "", commandId);

    public static Task<DwellingSnapshot> ClearHousehold(IDwellingGrain dwelling, ClearHouseholdRequest? body, string? commandId = null) =>
        dwelling.SetHouseholdAsync(null, body?.Actor ?? "", commandId);

    public static Task<DwellingSnapshot> RecordInspection(IDwellingGrain dwelling, InspectionRequest? body, TimeProvider clock, string? commandId = null) =>
        dwelling.RecordInspectionAsync(new UsageInspection(
            EstateEndpoints.Body(body).At ?? clock.GetUtcNow(), body!.Inspector ?? "", Parse.Enum<InspectionFinding>("finding", body.Finding), body.Note), commandId);

    public static Task<DwellingSnapshot> PostRentCharge(IDwellingGrain dwelling, RentChargeRequest? body, string? commandId = null) =>
        dwelling.PostRentChargeAsync(new RentCharge(
            Parse.Required("dueOn", EstateEndpoints.Body(body).DueOn), Parse.Required("amount", body!.Amount)), commandId);

    public static Task<DwellingSnapshot> RecordRentPayment(IDwellingGrain dwelling, RentPaymentRequest? body, string? commandId = null) =>
        dwelling.RecordRentPaymentAsync(new RentPayment(
            Parse.Required("paidOn", EstateEndpoints.Body(body).PaidOn), Parse.Required("amount", body!.Amount)), commandId);

    public static Task<DwellingSnapshot> ReceiveAnnualReview(IDwellingGrain dwelling, AnnualReviewRequest? body, string? commandId = null) =>
        dwelling.ReceiveAnnualReviewAsync(Parse.Required("receivedOn", EstateEndpoints.Body(body).ReceivedOn), body!.Actor ?? "", commandId);

    public static Task<DwellingSnapshot> AddDeduction(IDwellingGrain dwelling, DeductionRequest? body, TimeProvider clock, string? commandId = null) =>
        dwelling.AddDeductionAsync(new DeductionEntry(
            EstateEndpoints.Body(body).At ?? clock.GetUtcNow(), Parse.Required("points", body!.Points), body.ReasonCode ?? "", body.Actor ?? ""), commandId);

    /// <summary>Applies the named command with its body as the single endpoint would read it. A body that does not
    /// read as that command's is a <see cref="ValidationException"/> on <c>body</c>, not a failed batch.</summary>
    public static Task<DwellingSnapshot> Apply(IDwellingGrain dwelling, string command, JsonElement? body, JsonSerializerOptions json, TimeProvider clock,
        string? commandId = null) =>
        command switch
        {
            "occupancy" => ChangeOccupancy(dwelling, Read<ChangeOccupancyRequest>(body, json), commandId),
            "household" => SetHousehold(dwelling, Read<HouseholdRequest>(body, json), commandId),
            "clear-household" => ClearHousehold(dwelling, Read<ClearHouseholdRequest>(body, json), commandId),
            "inspection" => RecordInspection(dwelling, Read<InspectionRequest>(body, json), clock, commandId),
            "rent-charge" => PostRentCharge(dwelling, Read<RentChargeRequest>(body, json), commandId),
            "rent-payment" => RecordRentPayment(dwelling, Read<RentPaymentRequest>(body, json), commandId),
            "annual-review" => ReceiveAnnualReview(dwelling, Read<AnnualReviewRequest>(body, json), commandId),
            "deduction" => AddDeduction(dwelling, Read<DeductionRequest>(body, json), clock, commandId),
            _ => throw Unknown(),
        };

    /// <summary>The command's name when it is one of <see cref="Names"/>, else a <see cref="ValidationException"/> on <c>command</c>.</summary>
    public static string Known(string? command) => command is not null && Names.Contains(command) ? command : throw Unknown();

    private static ValidationException Unknown() => new("command", $"command must be one of {string.Join(", ", Names)}.");

    private static T? Read<T>(JsonElement? body, JsonSerializerOptions json)
        where T : class
    {
        if (body is not { ValueKind: JsonValueKind.Object } element)
        {
            return body is null or { ValueKind: JsonValueKind.Null } ? null : throw new ValidationException("body", "body must be a JSON object.");
        }

        try
        {
            return element.Deserialize<T>(json);
        }
        catch (JsonException ex)
        {
            throw new ValidationException("body", $"body could not be read: {ex.Message}");
        }
    }
}
