using System.Security.Claims;
using System.Text.Json;
using Anju.Access;
using Anju.Access.Identity;
using Anju.Errors;
using Anju.Silo.Access;
using Anju.Common;
using Anju.Dwellings;
using Anju.Residency;
using Microsoft.AspNetCore.Mvc;

namespace Anju.Silo.Api;

public sealed record ChangeOccupancyRequest(string? Action, string? Reason);

public sealed record HouseholdRequest(int? Size, string? HeadOfHousehold, string[]? SpecialGroups, string? SecondAddressRegistration);

public sealed record ClearHouseholdRequest;

public sealed record InspectionRequest(DateTimeOffset? At, string? Inspector, string? Finding, string? Note);

public sealed record RentChargeRequest(DateOnly? DueOn, decimal? Amount);

public sealed record RentPaymentRequest(DateOnly? PaidOn, decimal? Amount);

public sealed record AnnualReviewRequest(DateOnly? ReceivedOn);

public sealed record DeductionRequest(DateTimeOffset? At, int? Points, string? ReasonCode);

/// <summary>One dwelling: occupancy lifecycle, household and residency records (§3.1, §3.2, §4.1).</summary>
public static class DwellingEndpoints
{
    public static RouteGroupBuilder MapDwellingEndpoints(this RouteGroupBuilder api)
    {
        var d = api.MapGroup("/estates/{estateId}/dwellings/{dwellingId}").WithTags("Dwellings");
        d.MapGet("/", (string estateId, string dwellingId, IGrainFactory g) => Dwelling(g, estateId, dwellingId).GetAsync())
            .Allow(Permission.ReadResidency, ObjectScopes.Dwelling, personalRecord: "household")
            .WithSummary("A dwelling with its occupancy history, household and residency records.");
        Command(d.MapPost("/occupancy", (string estateId, string dwellingId, ChangeOccupancyRequest? body, [FromHeader(Name = IdempotencyKey)] string? key, ClaimsPrincipal user, IGrainFactory g) =>
            DwellingCommands.ChangeOccupancy(Dwelling(g, estateId, dwellingId), body, user.Actor(), Key(key))))
            .WithSummary("Move a dwelling one step through its occupancy lifecycle.");
        Command(d.MapPut("/household", (string estateId, string dwellingId, HouseholdRequest? body, [FromHeader(Name = IdempotencyKey)] string? key, ClaimsPrincipal user, IGrainFactory g) =>
            DwellingCommands.SetHousehold(Dwelling(g, estateId, dwellingId), body, user.Actor(), Key(key))))
            .WithSummary("Record the household living in the dwelling.");
        Command(d.MapDelete("/household", (string estateId, string dwellingId, [FromHeader(Name = IdempotencyKey)] string? key, ClaimsPrincipal user, IGrainFactory g) =>
            DwellingCommands.ClearHousehold(Dwelling(g, estateId, dwellingId), new ClearHouseholdRequest(), user.Actor(), Key(key))))
            .WithSummary("Clear the household record.");
        Command(d.MapPost("/inspections", (string estateId, string dwellingId, InspectionRequest? body, [FromHeader(Name = IdempotencyKey)] string? key, ClaimsPrincipal user, TimeProvider clock, IGrainFactory g) =>
            DwellingCommands.RecordInspection(Dwelling(g, estateId, dwellingId), body, user.Actor(), clock, Key(key))))
            .WithSummary("Record a usage inspection (巡查).");
        Command(d.MapPost("/rent/charges", (string estateId, string dwellingId, RentChargeRequest? body, [FromHeader(Name = IdempotencyKey)] string? key, ClaimsPrincipal user, IGrainFactory g) =>
            DwellingCommands.PostRentCharge(Dwelling(g, estateId, dwellingId), body, user.Actor(), Key(key))))
            .WithSummary("Post a rent charge.");
        Command(d.MapPost("/rent/payments", (string estateId, string dwellingId, RentPaymentRequest? body, [FromHeader(Name = IdempotencyKey)] string? key, ClaimsPrincipal user, IGrainFactory g) =>
            DwellingCommands.RecordRentPayment(Dwelling(g, estateId, dwellingId), body, user.Actor(), Key(key))))
            .WithSummary("Record a rent payment.");
        Command(d.MapPost("/annual-review", (string estateId, string dwellingId, AnnualReviewRequest? body, [FromHeader(Name = IdempotencyKey)] string? key, ClaimsPrincipal user, IGrainFactory g) =>
            DwellingCommands.ReceiveAnnualReview(Dwelling(g, estateId, dwellingId), body, user.Actor(), Key(key))))
            .WithSummary("Record the annual review (年審) received.");
        Command(d.MapPost("/deductions", (string estateId, string dwellingId, DeductionRequest? body, [FromHeader(Name = IdempotencyKey)] string? key, ClaimsPrincipal user, TimeProvider clock, IGrainFactory g) =>
            DwellingCommands.AddDeduction(Dwelling(g, estateId, dwellingId), body, user.Actor(), clock, Key(key))))
            .WithSummary("Add a point deduction (扣分) to the household's ledger.");
        return api;
    }

    /// <summary>The header a client sends its command id in: a retry with the same key after a lost answer applies nothing twice.</summary>
    public const string IdempotencyKey = "Idempotency-Key";

    /// <summary>A dwelling command: changes residency where the caller's grants reach the dwelling.</summary>
    private static RouteHandlerBuilder Command(RouteHandlerBuilder endpoint) => endpoint.Allow(Permission.ChangeResidency, ObjectScopes.Dwelling);

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

    public static Task<DwellingSnapshot> ChangeOccupancy(IDwellingGrain dwelling, ChangeOccupancyRequest? body, string actor, string? commandId = null) =>
        Keyed("occupancy", body, commandId, () => dwelling.ChangeOccupancyAsync(new ChangeOccupancy(
                Parse.Enum<OccupancyAction>("action", EstateEndpoints.Body(body).Action), actor, body!.Reason), commandId));

    public static Task<DwellingSnapshot> SetHousehold(IDwellingGrain dwelling, HouseholdRequest? body, string actor, string? commandId = null) =>
        Keyed("household", body, commandId, () => dwelling.SetHouseholdAsync(new Household(
                Parse.Required("size", EstateEndpoints.Body(body).Size), body!.HeadOfHousehold ?? "",
                Parse.Flags<SpecialGroups>("specialGroups", body.SpecialGroups),
                body.SecondAddressRegistration is null ? SecondAddressRegistration.NotRegistered
                    : Parse.Enum<SecondAddressRegistration>("secondAddressRegistration", body.SecondAddressRegistration)), actor, commandId));

    public static Task<DwellingSnapshot> ClearHousehold(IDwellingGrain dwelling, ClearHouseholdRequest? body, string actor, string? commandId = null) =>
        Keyed("clear-household", body, commandId, () => dwelling.SetHouseholdAsync(null, actor, commandId));

    public static Task<DwellingSnapshot> RecordInspection(IDwellingGrain dwelling, InspectionRequest? body, string actor, TimeProvider clock, string? commandId = null) =>
        Keyed("inspection", body, commandId, () => dwelling.RecordInspectionAsync(new UsageInspection(
                EstateEndpoints.Body(body).At ?? clock.GetUtcNow(), body!.Inspector is { Length: > 0 } inspector ? inspector : actor, Parse.Enum<InspectionFinding>("finding", body.Finding), body.Note), commandId));

    public static Task<DwellingSnapshot> PostRentCharge(IDwellingGrain dwelling, RentChargeRequest? body, string actor, string? commandId = null) =>
        Keyed("rent-charge", body, commandId, () => dwelling.PostRentChargeAsync(new RentCharge(
                Parse.Required("dueOn", EstateEndpoints.Body(body).DueOn), Parse.Required("amount", body!.Amount)), commandId));

    public static Task<DwellingSnapshot> RecordRentPayment(IDwellingGrain dwelling, RentPaymentRequest? body, string actor, string? commandId = null) =>
        Keyed("rent-payment", body, commandId, () => dwelling.RecordRentPaymentAsync(new RentPayment(
                Parse.Required("paidOn", EstateEndpoints.Body(body).PaidOn), Parse.Required("amount", body!.Amount)), commandId));

    public static Task<DwellingSnapshot> ReceiveAnnualReview(IDwellingGrain dwelling, AnnualReviewRequest? body, string actor, string? commandId = null) =>
        Keyed("annual-review", body, commandId, () => dwelling.ReceiveAnnualReviewAsync(Parse.Required("receivedOn", EstateEndpoints.Body(body).ReceivedOn), actor, commandId));

    public static Task<DwellingSnapshot> AddDeduction(IDwellingGrain dwelling, DeductionRequest? body, string actor, TimeProvider clock, string? commandId = null) =>
        Keyed("deduction", body, commandId, () => dwelling.AddDeductionAsync(new DeductionEntry(
                EstateEndpoints.Body(body).At ?? clock.GetUtcNow(), Parse.Required("points", body!.Points), body.ReasonCode ?? "", actor), commandId));

    /// <summary>Calls the dwelling with the fingerprint of the body as sent (<see cref="CommandContent"/>) when the command
    /// carries an id, so a repeat of the id with another body is a conflict, not a silent success.</summary>
    private static Task<DwellingSnapshot> Keyed<T>(string command, T? body, string? commandId, Func<Task<DwellingSnapshot>> call)
    {
        if (commandId is null)
        {
            CommandContent.Clear();
        }
        else
        {
            CommandContent.Set(command, JsonSerializer.Serialize(body));
        }

        return call();
    }

    /// <summary>Applies the named command with its body as the single endpoint would read it. A body that does not
    /// read as that command's is a <see cref="ValidationException"/> on <c>body</c>, not a failed batch.</summary>
    public static Task<DwellingSnapshot> Apply(IDwellingGrain dwelling, string command, JsonElement? body, string actor, JsonSerializerOptions json,
        TimeProvider clock, string? commandId = null) =>
        command switch
        {
            "occupancy" => ChangeOccupancy(dwelling, Read<ChangeOccupancyRequest>(body, json), actor, commandId),
            "household" => SetHousehold(dwelling, Read<HouseholdRequest>(body, json), actor, commandId),
            "clear-household" => ClearHousehold(dwelling, Read<ClearHouseholdRequest>(body, json), actor, commandId),
            "inspection" => RecordInspection(dwelling, Read<InspectionRequest>(body, json), actor, clock, commandId),
            "rent-charge" => PostRentCharge(dwelling, Read<RentChargeRequest>(body, json), actor, commandId),
            "rent-payment" => RecordRentPayment(dwelling, Read<RentPaymentRequest>(body, json), actor, commandId),
            "annual-review" => ReceiveAnnualReview(dwelling, Read<AnnualReviewRequest>(body, json), actor, commandId),
            "deduction" => AddDeduction(dwelling, Read<DeductionRequest>(body, json), actor, clock, commandId),
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
