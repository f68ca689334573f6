using System.Security.Claims;
using Anju.Access;
using Anju.Access.Identity;
using Anju.Casework;
using Anju.Common;
using Anju.Errors;

namespace Anju.Silo.Api;

/// <summary>The third-party agency's work (§3.2): its service contracts with their KPIs, and each estate's queues —
/// move-in and exit paperwork, inspection rounds and findings, the rent-chasing list with chase records, and the
/// annual-review intake. The housing office signs contracts; the agency and the office work the queues; the street
/// office and grid staff read them.</summary>
public static class AgencyEndpoints
{
    public static RouteGroupBuilder MapAgencyEndpoints(this RouteGroupBuilder api)
    {
        var contracts = api.MapGroup("/agency/contracts").WithTags("Casework");
        contracts.MapPost("/", CreateAsync)
            .Allow(Permission.ManageContracts, ScopeFrom.Body("the contract's estates"))
            .WithSummary("Sign an agency service contract {contractId, agencyName, estateIds[], term {start, end}, targets? {onTimeShare, paidShare, "
                + "intakeDays}} (targets left out take 0.9, 0.5 and 10 days): 201; the same again is 200, other content 409.");
        contracts.MapGet("/", async (HttpContext http, IGrainFactory g, PlaceDirectory places) =>
            {
                var reached = new List<AgencyContract>();
                foreach (var contract in await Book(g).ListAsync())
                {
                    if ((await PlacesAsync(contract, places)).Any(p => http.Allows(p)))
                    {
                        reached.Add(contract);
                    }
                }

                return reached;
            })
            .Allow(Permission.ReadCasework, ScopeFrom.Rows("contracts the caller's grants reach"))
            .WithSummary("The agency service contracts the caller reaches: a grant on the contract itself, or one reaching an estate it serves "
                + "(another contract's grant does not reach it, though both serve the estate).");
        contracts.MapGet("/{agencyId}", (string agencyId, HttpContext http, IGrainFactory g, PlaceDirectory places) => ContractAsync(agencyId, http, g, places))
            .Allow(Permission.ReadCasework, ScopeFrom.Rows("the contract's estates"))
            .WithSummary("One agency service contract; 403 unless one of its estates is in scope.");
        contracts.MapGet("/{agencyId}/kpis", async (string agencyId, string? month, HttpContext http, IGrainFactory g, PlaceDirectory places) =>
            {
                var contract = await ContractAsync(agencyId, http, g, places);
                return await Contract(g, contract).GetKpisAsync(month);
            })
            .Allow(Permission.ReadCasework, ScopeFrom.Rows("the contract's estates"))
            .WithSummary("The contract's KPIs for a month (month=yyyy-MM, default the city's current month), counting only the agency's own records "
                + "inside the term: rounds on time, share paid after contact, median intake days; null where there was nothing to measure.");
        contracts.MapGet("/{agencyId}/assessment", async (string agencyId, string? month, HttpContext http, IGrainFactory g, PlaceDirectory places) =>
                await Contract(g, await ContractAsync(agencyId, http, g, places)).GetAssessmentAsync(month))
            .Allow(Permission.ReadCasework, ScopeFrom.Rows("the contract's estates"))
            .WithSummary("The month's assessment (month=yyyy-MM, default this month): each KPI against its target (Met, Missed, NotMeasured) and "
                + "the grade (Good, Fair, Poor, NotMeasured); the signed one once stored (signedBy, signedAt, note), else a draft.");
        contracts.MapGet("/{agencyId}/assessments", async (string agencyId, HttpContext http, IGrainFactory g, PlaceDirectory places) =>
                await Contract(g, await ContractAsync(agencyId, http, g, places)).ListAssessmentsAsync())
            .Allow(Permission.ReadCasework, ScopeFrom.Rows("the contract's estates"))
            .WithSummary("The contract's signed-off assessments, newest month first.");
        contracts.MapPost("/{agencyId}/assessments", async (string agencyId, SignAssessmentRequest? body, HttpContext http, IGrainFactory g, PlaceDirectory places) =>
            {
                var b = EstateEndpoints.Body(body);
                var month = Validate.Text("month", b.Month, 7);
                var note = AgencyRequests.Text("note", b.Note, 500);
                var grain = Contract(g, await ContractAsync(agencyId, http, g, places));
                var before = (await grain.ListAssessmentsAsync()).Any(a => a.Month == month);
                var signed = await grain.SignAssessmentAsync(month, http.User.Actor(), note);
                return before ? Results.Ok(signed) : Results.Created($"/api/agency/contracts/{signed.ContractId}/assessment?month={signed.Month}", signed);
            })
            .Allow(Permission.AssessContracts, ScopeFrom.Rows("the contract's estates"))
            .WithSummary("Sign off a month's assessment {month: yyyy-MM, note?} once the month is over (400 before): it is stored with the signed-in "
                + "person and no longer changes; the same again is 200, another signature 409.");

        var estate = api.MapGroup("/casework/estates/{estateId}").WithTags("Casework");
        estate.MapGet("/", (string estateId, IGrainFactory g) => Queues(g, estateId).GetQueuesAsync())
            .Allow(Permission.ReadCasework, ScopeFrom.Estate())
            .WithSummary("The estate's queues: paperwork (open first), inspection rounds, findings per kind, annual-review intake.");
        estate.MapPost("/sync", async (string estateId, IGrainFactory g) =>
            {
                await Queues(g, estateId).SyncAsync();
                return await Queues(g, estateId).GetQueuesAsync();
            })
            .Allow(Permission.WorkCasework, ScopeFrom.Estate())
            .WithSummary("Look at the grids now: paperwork opens for dwellings allocated or vacated since the last look.");
        estate.MapPost("/paperwork/{itemId}/close", (string estateId, string itemId, CloseRequest? body, ClaimsPrincipal user, IGrainFactory g) =>
                Queues(g, estateId).ClosePaperworkAsync(Validate.Id("itemId", itemId), user.Actor(), AgencyRequests.Text("note", body?.Note, 500)))
            .Allow(Permission.WorkCasework, ScopeFrom.Estate())
            .WithSummary("Close a paperwork item {note?}, recorded with the signed-in person; closing it again changes nothing.");
        estate.MapPost("/rounds", async (string estateId, OpenRoundRequest? body, HttpContext http, IGrainFactory g, PlaceDirectory places) =>
            {
                var round = await Queues(g, estateId).OpenRoundAsync(AgencyRequests.Round(body, http.User.Actor()) with { Agency = await TagAsync(http, places, estateId) });
                return Results.Created($"/api/casework/estates/{estateId}/rounds/{round.RoundId}", round);
            })
            .Allow(Permission.WorkCasework, ScopeFrom.Estate())
            .WithSummary("Open an inspection round {roundId?, title, dwellingIds[], dueOn}; the same roundId again answers the same round, other content 409.");
        estate.MapPost("/rounds/{roundId}/visits", (string estateId, string roundId, VisitRequest? body, ClaimsPrincipal user, IGrainFactory g) =>
                Queues(g, estateId).RecordVisitAsync(AgencyRequests.Visit(roundId, body, user.Actor())))
            .Allow(Permission.WorkCasework, ScopeFrom.Estate())
            .WithSummary("Record a visit {dwellingId, finding, note?}: the finding goes onto the dwelling as a usage inspection (a sublet, changed use or idle "
                + "finding is what opens an exit review). A repeat with the same finding changes nothing; another finding is 409.");
        estate.MapGet("/chase", (string estateId, IGrainFactory g) => Queues(g, estateId).GetChaseListAsync())
            .Allow(Permission.ReadCasework, ScopeFrom.Estate(), personalRecord: "households")
            .WithSummary("The rent-chasing list: dwellings whose arrears are chased, serious first, each with its chase records (household reference masked unless the view shows identities).");
        estate.MapPost("/chase", async (string estateId, ChaseRequest? body, HttpContext http, IGrainFactory g, PlaceDirectory places) =>
            {
                var chase = await Queues(g, estateId).RecordChaseAsync(AgencyRequests.Chase(body, http.User.Actor()) with { Agency = await TagAsync(http, places, estateId) });
                return Results.Created($"/api/casework/estates/{estateId}/chase", chase);
            })
            .Allow(Permission.WorkCasework, ScopeFrom.Estate())
            .WithSummary("Record a chase {chaseId?, dwellingId, outcome: Contacted|Promised|Paid|Escalated, promisedBy? (Promised), note? (required to escalate)}.");
        estate.MapPost("/intake", async (string estateId, IntakeRequest? body, ClaimsPrincipal user, IGrainFactory g) =>
            {
                var item = await Queues(g, estateId).ReceiveIntakeAsync(AgencyRequests.Intake(body, user.Actor()));
                return Results.Created($"/api/casework/estates/{estateId}/intake/{item.IntakeId}", item);
            })
            .Allow(Permission.WorkCasework, ScopeFrom.Estate())
            .WithSummary("Receive annual-review papers {intakeId?, dwellingId, receivedOn, complete, note?}.");
        estate.MapPost("/intake/{intakeId}/steps", async (string estateId, string intakeId, IntakeStepRequest? body, HttpContext http, IGrainFactory g, PlaceDirectory places) =>
                await Queues(g, estateId).StepIntakeAsync(AgencyRequests.Step(intakeId, body, http.User.Actor()) with { Agency = await TagAsync(http, places, estateId) }))
            .Allow(Permission.WorkCasework, ScopeFrom.Estate())
            .WithSummary("Move an intake on {to: Complete|Passed|Failed, reason? (required to fail)}: a pass is recorded on the dwelling as its annual "
                + "review; a failure opens an exit review (AnnualReviewFailed).");
        return api;
    }

    private static async Task<IResult> CreateAsync(AgencyContractRequest? body, HttpContext http, IGrainFactory grains, PlaceDirectory places)
    {
        var b = EstateEndpoints.Body(body);
        var estateIds = Parse.Items("estateIds", b.EstateIds ?? throw new ValidationException("estateIds", "estateIds is required."));
        var districts = new List<string>();
        for (var i = 0; i < estateIds.Count; i++)
        {
            var place = await places.EstateAsync(Validate.Id($"estateIds[{i}]", estateIds[i]))
                ?? throw new ValidationException($"estateIds[{i}]", $"No estate '{estateIds[i]}'.");
            await http.RequireAsync(place);
            districts.Add(place.District ?? "");
        }

        var term = b.Term ?? throw new ValidationException("term", "term is required.");
        var targets = b.Targets is { } t
            ? new AgencyTargets(t.OnTimeShare ?? AgencyTargets.Default.OnTimeShare, t.PaidShare ?? AgencyTargets.Default.PaidShare, t.IntakeDays ?? AgencyTargets.Default.IntakeDays)
            : AgencyTargets.Default;
        var asked = new AgencyContract(Validate.Id("contractId", b.ContractId), Validate.Text("agencyName", b.AgencyName, 200), [.. estateIds],
            Parse.Required("term.start", term.Start), Parse.Required("term.end", term.End))
        {
            Targets = targets,
            CreatedBy = http.User.Actor(),
            CreatedAt = DateTimeOffset.UtcNow,
            Districts = districts,
        };
        var before = await Book(grains).FindAsync(asked.ContractId);
        var contract = await Book(grains).RegisterAsync(asked);
        places.ForgetAgencyContracts(); // its estates reach a grant on it at once on this host
        return before is null ? Results.Created($"/api/agency/contracts/{contract.ContractId}", contract) : Results.Ok(contract);
    }

    /// <summary>The contract, if the caller's grants reach it (404 for an unknown id, 403 out of scope).</summary>
    private static async Task<AgencyContract> ContractAsync(string agencyId, HttpContext http, IGrainFactory grains, PlaceDirectory places)
    {
        var contract = await Book(grains).FindAsync(Validate.Id("agencyId", agencyId)) ?? throw new NotFoundException("agency contract", agencyId);
        var served = await PlacesAsync(contract, places);
        await http.RequireAsync(served.FirstOrDefault(p => http.Allows(p)) ?? (served.Count > 0 ? served[0] : Place.City)); // a refusal is audited
        return contract;
    }

    /// <summary>The contract's estates as places covered by this contract alone: a grant on the contract reaches them (during its
    /// term or after, to read its record), a grant on the estate, its street, district or the city does, and a grant on another
    /// contract serving the same estate does not.</summary>
    private static async Task<IReadOnlyList<Place>> PlacesAsync(AgencyContract contract, PlaceDirectory places)
    {
        var found = new List<Place>();
        foreach (var estateId in contract.EstateIds)
        {
            if (await places.EstateAsync(estateId) is { } place)
            {
                found.Add(place with { Contracts = [new ContractCover(contract.ContractId, null)] });
            }
        }

        return found;
    }

    /// <summary>Whom the caller works this estate for (<see cref="AgencyTag"/>): the agency contract whose grant reaches it,
    /// any agency for an <c>Agency</c> grant on a place, null for a caller acting through no <c>Agency</c> grant.</summary>
    private static async Task<string?> TagAsync(HttpContext http, PlaceDirectory places, string estateId)
    {
        var place = await places.EstateAsync(estateId);
        var agency = http.User.Grants().Where(g => g.Role == Role.Agency && place is not null && GrantRules.Reaches(g, place)).ToList();
        return agency.Count == 0 ? null : agency.Find(g => g.Scope == ScopeKind.Contract)?.ScopeId ?? AgencyTag.AnyAgency;
    }

    private static IAgencyContractGrain Contract(IGrainFactory grains, AgencyContract contract) =>
        grains.GetGrain<IAgencyContractGrain>(Keys.AgencyContract(contract.ContractId));

    private static IAgencyBookGrain Book(IGrainFactory grains) => grains.GetGrain<IAgencyBookGrain>(Keys.AgencyBook);

    private static ICaseworkGrain Queues(IGrainFactory grains, string estateId) =>
        grains.GetGrain<ICaseworkGrain>(Keys.Casework(Validate.Id("estateId", estateId)));
}
