using System.Security.Claims;
using Anju.Access;
using Anju.Access.Identity;
using Anju.Common;
using Anju.Dwellings;
using Anju.Errors;
using Anju.Estates;
using Anju.Money;
using Anju.Residency;

namespace Anju.Silo.Api;

public sealed record MemberRequest(string? MemberRef, string? DwellingId, string? HukouPlace, string? Stage, string? On);

public sealed record HandOffRequest(string? HandOffId, string? Station, string? On, IReadOnlyList<string?>? Members);

public sealed record RegisteredRequest(string? On, string? Note);

/// <summary>Second-address registration (§4.1 第二住址登記): an estate's members' records, the hand-offs to the police station,
/// and the counts. Everything under RegisterAddresses in the estate; recording a member needs a grant reaching its dwelling.</summary>
public static class RegistrationEndpoints
{
    public static RouteGroupBuilder MapRegistrationEndpoints(this RouteGroupBuilder api)
    {
        var r = api.MapGroup("/registrations/estates/{estateId}").WithTags("Second-address registration");
        r.MapGet("/", async (string estateId, IGrainFactory g) =>
            {
                var residents = (await g.GetGrain<IEstateGrain>(Keys.Estate(estateId)).GetSummaryAsync()).Residency.Residents;
                return await Book(g, estateId).GetAsync(residents > 0 ? residents : null);
            })
            .Allow(Permission.RegisterAddresses, ScopeFrom.Estate(), personalRecord: "registrations")
            .WithSummary("Counts (registered, pending, not registered of the residents declared), members' records and hand-offs.");
        r.MapPost("/members", CollectAsync)
            .Allow(Permission.RegisterAddresses, ScopeFrom.Estate())
            .WithSummary("Record a member's details collected {memberRef, dwellingId, hukouPlace, stage?: Collected | HukouMovedIn, on}.");
        r.MapPost("/handoffs", (string estateId, HandOffRequest? body, ClaimsPrincipal user, IGrainFactory g) =>
            {
                var b = Body(body);
                return Book(g, estateId).HandOffAsync(Validate.Id("handOffId", b.HandOffId), b.Station!, MoneyChecks.Day("on", b.On),
                    [.. Parse.Items("members", b.Members)!], user.Actor());
            })
            .Allow(Permission.RegisterAddresses, ScopeFrom.Estate())
            .WithSummary("Hand collected members' details to the police station {handOffId, station, on, members[]}.");
        r.MapPost("/members/{memberRef}/registered", (string estateId, string memberRef, RegisteredRequest? body, ClaimsPrincipal user, IGrainFactory g) =>
            {
                var b = Body(body);
                return Book(g, estateId).RegisterAsync(Validate.Id("memberRef", memberRef), MoneyChecks.Day("on", b.On), b.Note, user.Actor());
            })
            .Allow(Permission.RegisterAddresses, ScopeFrom.Estate())
            .WithSummary("Record that the police registered a handed-off member {on, note?}.");
        return api;
    }

    private static async Task<MemberRegistration> CollectAsync(string estateId, MemberRequest? body, HttpContext http, IGrainFactory g)
    {
        var b = Body(body);
        var dwellingId = Validate.Id("dwellingId", b.DwellingId);
        var memberRef = Validate.Id("memberRef", b.MemberRef);
        var stage = b.Stage is null ? RegistrationStage.Collected : Parse.Enum<RegistrationStage>("stage", b.Stage);
        var on = MoneyChecks.Day("on", b.On);
        DwellingSnapshot dwelling;
        try
        {
            dwelling = await g.GetGrain<IDwellingGrain>(Keys.Dwelling(estateId, dwellingId)).GetAsync();
        }
        catch (NotFoundException)
        {
            throw new ValidationException("dwellingId", $"Dwelling {dwellingId} is not in estate {estateId}.");
        }

        if (dwelling.GridId is { Length: > 0 } grid
            && await http.RequestServices.GetRequiredService<PlaceDirectory>().GridAsync(estateId, grid) is { } place)
        {
            await http.RequireAsync(place);
        }

        return await Book(g, estateId).CollectAsync(memberRef, dwellingId, b.HukouPlace!, stage, on, http.User.Actor());
    }

    private static T Body<T>(T? body)
        where T : class =>
        body ?? throw new ValidationException("body", "A JSON body is required.");

    private static IRegistrationsGrain Book(IGrainFactory grains, string estateId) =>
        grains.GetGrain<IRegistrationsGrain>(Keys.Registrations(Validate.Id("estateId", estateId)));
}
