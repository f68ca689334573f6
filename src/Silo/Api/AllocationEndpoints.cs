using System.Security.Claims;
using Anju.Access;
using Anju.Access.Identity;
using Anju.Allocation;
using Anju.Common;
using Anju.Errors;
using Anju.Estates;
using Anju.Money;

namespace Anju.Silo.Api;

public sealed record ApplicantRequest(string? Name, string? IdNumber, string? Phone);

public sealed record ApplicationRequest(
    string? ApplicationId, ApplicantRequest? Applicant, int? HouseholdSize, string? IncomeBand, int? ResidenceYears,
    double? HousingAreaPerPerson, IReadOnlyList<string?>? Priorities, string? AppliedOn);

public sealed record DecisionRequest(string? Decision, string? Reason);

public sealed record PublishRequest(string? CommandId);

public sealed record ObjectionRequest(string? ApplicationId, string? Text, string? CommandId);

public sealed record ExceptionRequest(string? ApplicationId, string? Reason);

public sealed record AllocateRequest(string? ApplicationId, string? EstateId, string? DwellingId);

/// <summary>One row of a public list as the public sees it: name and identity number masked always, whoever reads.</summary>
public sealed record PublicListRow(int Rank, string ApplicationId, string Name, string IdNumber, int HouseholdSize, int Points, DateOnly AppliedOn);

/// <summary>A public list (公示) as published: its period, its rows (masked), the objections received.</summary>
public sealed record PublicListAnswer(int Number, DateTimeOffset PublishedAt, DateTimeOffset EndsAt, bool InPeriod, IReadOnlyList<PublicListRow> Rows, IReadOnlyList<Objection> Objections);

/// <summary>Fair allocation (§3.1 公開、公平、公正): a waiting list per district and tenure type, its public list, allocation
/// in rank order and exceptions. Read with ReadAllocations, worked with ManageAllocations, in the list's district.</summary>
public static class AllocationEndpoints
{
    public static RouteGroupBuilder MapAllocationEndpoints(this RouteGroupBuilder api)
    {
        var w = api.MapGroup("/waitlists/{district}/{tenure}").WithTags("Allocation");
        w.MapGet("/", (string district, string tenure, IGrainFactory g) => List(g, district, tenure).GetAsync())
            .Allow(Permission.ReadAllocations, ScopeFrom.District("district"), personalRecord: "applicants")
            .WithSummary("The waiting list: applications (eligible ones ranked), the current public list, the next in order, exceptions and allocations.");
        w.MapGet("/public-list", PublicListAsync)
            .Allow(Permission.ReadAllocations, ScopeFrom.District("district"))
            .WithSummary("The current public list (公示) with names and identity numbers masked always, its period and the objections; 404 before the first.");
        w.MapPost("/applications", (string district, string tenure, ApplicationRequest? body, ClaimsPrincipal user, IGrainFactory g) =>
                List(g, district, tenure).ApplyAsync(Form(body), user.Actor()))
            .Allow(Permission.ManageAllocations, ScopeFrom.District("district"))
            .WithSummary("Receive an application {applicationId, applicant {name, idNumber, phone?}, householdSize, incomeBand, residenceYears, "
                + "housingAreaPerPerson, priorities[], appliedOn}; the same again is harmless, other content under the id is 409.");
        w.MapPost("/applications/{applicationId}/decision", (string district, string tenure, string applicationId, DecisionRequest? body, ClaimsPrincipal user, IGrainFactory g) =>
            {
                var b = Body(body);
                return List(g, district, tenure).DecideAsync(Validate.Id("applicationId", applicationId), Parse.Enum<ApplicationStatus>("decision", b.Decision),
                    b.Reason!, user.Actor());
            })
            .Allow(Permission.ManageAllocations, ScopeFrom.District("district"))
            .WithSummary("Decide eligibility {decision: Eligible | Ineligible | Withdrawn, reason}; Eligible while a check fails is 409 naming it.");
        w.MapPost("/publish", (string district, string tenure, PublishRequest? body, ClaimsPrincipal user, IGrainFactory g) =>
                List(g, district, tenure).PublishAsync(user.Actor(), body?.CommandId))
            .Allow(Permission.ManageAllocations, ScopeFrom.District("district"))
            .WithSummary("Publish the ranking as a public list for the configured period {commandId?}; 409 while another list's period runs.");
        w.MapPost("/objections", (string district, string tenure, ObjectionRequest? body, ClaimsPrincipal user, IGrainFactory g) =>
            {
                var b = Body(body);
                return List(g, district, tenure).ObjectAsync(b.ApplicationId is null ? null : Validate.Id("applicationId", b.ApplicationId), b.Text!, user.Actor(), b.CommandId);
            })
            .Allow(Permission.ManageAllocations, ScopeFrom.District("district"))
            .WithSummary("Record an objection (異議) to the current public list {applicationId?, text, commandId?}.");
        w.MapPost("/exceptions", (string district, string tenure, ExceptionRequest? body, ClaimsPrincipal user, IGrainFactory g) =>
            {
                var b = Body(body);
                return List(g, district, tenure).ApproveExceptionAsync(Validate.Id("applicationId", b.ApplicationId), b.Reason!, user.Actor());
            })
            .Allow(Permission.ManageAllocations, ScopeFrom.District("district"))
            .WithSummary("Approve an exception to the rank order for one application {applicationId, reason}; the approver is the signed-in person, "
                + "and someone else allocates under it.");
        w.MapPost("/allocations", AllocateAsync)
            .Allow(Permission.ManageAllocations, ScopeFrom.District("district"))
            .WithSummary("Allocate a dwelling {applicationId, estateId, dwellingId} from the public list after its period: the next in rank order, or "
                + "another with an exception approved by someone else (else 409). Takes the dwelling's allocate step and records the household.");
        return api;
    }

    private static async Task<PublicListAnswer> PublicListAsync(string district, string tenure, IGrainFactory g)
    {
        var view = await List(g, district, tenure).GetAsync();
        var list = view.PublicList ?? throw new NotFoundException("public list", $"{district}/{tenure}");
        var forms = view.Applications.ToDictionary(a => a.Form.ApplicationId, a => a.Form, StringComparer.Ordinal);
        return new PublicListAnswer(list.Number, list.PublishedAt, list.EndsAt, view.InPublicPeriod,
            [.. list.Entries.Select(e => new PublicListRow(e.Rank, e.ApplicationId, Masks.Name(forms[e.ApplicationId].Applicant.Name)!,
                Masks.Reference(forms[e.ApplicationId].Applicant.IdNumber)!, e.HouseholdSize, e.Points, e.AppliedOn))], list.Objections);
    }

    private static async Task<AllocationRecord> AllocateAsync(string district, string tenure, AllocateRequest? body, HttpContext http, IGrainFactory g)
    {
        var b = Body(body);
        var grain = List(g, district, tenure);
        var applicationId = Validate.Id("applicationId", b.ApplicationId);
        var estateId = Validate.Id("estateId", b.EstateId);
        var dwellingId = Validate.Id("dwellingId", b.DwellingId);
        var place = await http.RequestServices.GetRequiredService<PlaceDirectory>().EstateAsync(estateId) ?? throw new NotFoundException("estate", estateId);
        if (place.District != district)
        {
            throw new ValidationException("estateId", $"Estate {estateId} is in district {place.District}, not {district}: a list allocates in its own district.");
        }

        await http.RequireAsync(place);
        if (!await grain.HasApplicationAsync(applicationId))
        {
            throw new NotFoundException("application", applicationId);
        }

        return await grain.AllocateAsync(new AllocateDwelling(applicationId, estateId, dwellingId, http.User.Actor()));
    }

    private static ApplicationForm Form(ApplicationRequest? body)
    {
        var b = Body(body);
        var applicant = b.Applicant ?? throw new ValidationException("applicant", "applicant is required.");
        return new ApplicationForm(Validate.Id("applicationId", b.ApplicationId),
            new Applicant(Validate.Text("applicant.name", applicant.Name, 50), Validate.Id("applicant.idNumber", applicant.IdNumber), applicant.Phone),
            Parse.Required("householdSize", b.HouseholdSize), Parse.Enum<IncomeBand>("incomeBand", b.IncomeBand), Parse.Required("residenceYears", b.ResidenceYears),
            Parse.Required("housingAreaPerPerson", b.HousingAreaPerPerson),
            [.. Parse.Items("priorities", b.Priorities).Select((p, i) => Parse.Enum<PriorityCategory>($"priorities[{i}]", p))],
            MoneyChecks.Day("appliedOn", b.AppliedOn));
    }

    private static T Body<T>(T? body)
        where T : class =>
        body ?? throw new ValidationException("body", "A JSON body is required.");

    private static IWaitlistGrain List(IGrainFactory grains, string district, string tenure) =>
        grains.GetGrain<IWaitlistGrain>(Keys.Waitlist(
            DistrictCodes.IsKnown(district) ? district : throw new ValidationException("district", "district must be a known district code."),
            Parse.Enum<TenureType>("tenure", tenure)));
}
