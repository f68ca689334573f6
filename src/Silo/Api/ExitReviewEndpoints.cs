using System.Globalization;
using Anju.Access;
using Anju.Access.Identity;
using Anju.Common;
using Anju.Errors;
using Anju.Residency;

namespace Anju.Silo.Api;

/// <summary>One step on an exit review: the version the caller saw (or an If-Match header), a reason (required on every
/// step, at most 1000 characters), the decision (Exit or Keep) when deciding, and an idempotency key. The actor is the
/// signed-in user.</summary>
public sealed record ExitReviewStepRequest(long? ExpectedVersion, string? Reason, string? Decision, string? CommandId);

/// <summary>A case as the screen shows it: the case, and the steps its stage allows now (the screen offers only these).</summary>
public sealed record ExitReviewView(ExitReviewSummary Summary, IReadOnlyList<ExitReviewTrigger> Triggers, IReadOnlyList<ExitReviewStep> Steps,
    IReadOnlyList<ExitReviewAction> Allowed);

/// <summary>Exit reviews (退出審查, §3.1): an estate's cases and counts, one case, and its steps. The agency or the
/// housing office serves notice (WorkCasework); the housing office holds the hearing, decides, takes the appeal and
/// carries out or closes (DecideExitReviews). Cases are opened by triggers, never over HTTP; the end of an appeal window
/// is recorded by the book's clock, never over HTTP either.</summary>
public static class ExitReviewEndpoints
{
    private static readonly (string Path, ExitReviewAction Action, Permission Permission)[] Steps =
    [
        ("notice", ExitReviewAction.ServeNotice, Permission.WorkCasework),
        ("hearing", ExitReviewAction.HoldHearing, Permission.DecideExitReviews),
        ("decision", ExitReviewAction.Decide, Permission.DecideExitReviews),
        ("appeal", ExitReviewAction.Appeal, Permission.DecideExitReviews),
        ("carry-out", ExitReviewAction.CarryOut, Permission.DecideExitReviews),
        ("close", ExitReviewAction.Close, Permission.DecideExitReviews),
    ];

    /// <summary>A case named by <c>{estateId}/{exitReviewId}</c>: its estate narrowed to its grid, read from the estate's book
    /// (an id the book never opened is a 404 and activates no case).</summary>
    private static readonly ScopeFrom Case = ScopeFrom.Object("exit-review:exitReviewId", async (http, places) =>
    {
        var found = await FindAsync(http);
        return found is null ? null : await places.GridAsync(found.EstateId, found.GridId) ?? await places.EstateAsync(found.EstateId);
    });

    public static RouteGroupBuilder MapExitReviewEndpoints(this RouteGroupBuilder api)
    {
        var reviews = api.MapGroup("/estates/{estateId}/exit-reviews").WithTags("Exit reviews");
        reviews.MapGet("/", ListAsync)
            .Allow(Permission.ReadCasework, ScopeFrom.Rows("exit reviews of the estate"))
            .WithSummary("The estate's exit reviews: those ready to carry out first, then the other open ones (oldest first), then finished ones; open count, ready count and counts by stage, of the cases the caller reaches. headOfHousehold is masked unless the caller's view shows identities.");
        reviews.MapGet("/{exitReviewId}", async (HttpContext http, IGrainFactory g, TimeProvider clock) => View(http, await CaseGrain(g, http).GetAsync(), clock))
            .Allow(Permission.ReadCasework, Case)
            .WithSummary("One exit review: its triggers, every step (actor, time, reason), and the steps allowed now. The ETag is its version.");
        foreach (var (path, action, permission) in Steps)
        {
            reviews.MapPost($"/{{exitReviewId}}/{path}", (ExitReviewStepRequest? body, HttpContext http, IGrainFactory g, TimeProvider clock) => ActAsync(http, g, clock, action, body))
                .Allow(permission, Case)
                .WithSummary($"{action}: {{expectedVersion, reason (required), decision? (Exit|Keep, deciding only), commandId?}}. A stale version or a step the stage does not allow is 409.");
        }

        return api;
    }

    private static async Task<ExitReviewList> ListAsync(string estateId, HttpContext http, IGrainFactory grains, PlaceDirectory places)
    {
        var estate = await places.EstateAsync(Validate.Id("estateId", estateId)) ?? throw new NotFoundException("estate", estateId);
        var all = await Book(grains, estateId).ListAsync();
        var reached = await http.ReachedAsync(all.Cases, Permission.ReadCasework, c => c.EstateId, _ => estate.District, c => c.GridId);
        return reached.Count == all.Cases.Count ? all : ExitReviewListing.Of(estateId, reached);
    }

    private static async Task<IResult> ActAsync(HttpContext http, IGrainFactory grains, TimeProvider clock, ExitReviewAction action, ExitReviewStepRequest? body)
    {
        var b = body ?? new ExitReviewStepRequest(null, null, null, null);
        var expected = b.ExpectedVersion ?? IfMatch(http) ?? throw new ValidationException("expectedVersion", "expectedVersion (or an If-Match header) is required.");
        var command = new ExitReviewCommand(action, expected, http.User.Actor())
        {
            Reason = b.Reason,
            Decision = string.IsNullOrWhiteSpace(b.Decision) ? null : Parse.Enum<ExitDecision>("decision", b.Decision),
            CommandId = Validate.CommandId("commandId", b.CommandId),
        };
        ExitReviewRules.Check(command); // bad input is a 400 before the case is asked
        return View(http, await CaseGrain(grains, http).ActAsync(command), clock);
    }

    private static IResult View(HttpContext http, ExitReviewSnapshot snapshot, TimeProvider clock)
    {
        http.Response.Headers.ETag = $"\"{snapshot.Summary.Version}\"";
        return Results.Ok(new ExitReviewView(snapshot.Summary, snapshot.Triggers, snapshot.Steps, ExitReviewRules.Allowed(snapshot.Summary, clock.GetUtcNow())));
    }

    /// <summary>The case as the estate's book has it, or null (unknown estate or case).</summary>
    private static async Task<ExitReviewSummary?> FindAsync(HttpContext http)
    {
        var estateId = Validate.Id("estateId", ScopeFrom.Route(http, "estateId"));
        var caseId = Validate.Id("exitReviewId", ScopeFrom.Route(http, "exitReviewId"));
        if (await http.RequestServices.GetRequiredService<PlaceDirectory>().EstateAsync(estateId) is null)
        {
            return null; // an unknown estate activates no book
        }

        return await Book(http.RequestServices.GetRequiredService<IGrainFactory>(), estateId).FindAsync(caseId);
    }

    private static IExitReviewGrain CaseGrain(IGrainFactory grains, HttpContext http) =>
        grains.GetGrain<IExitReviewGrain>(Keys.ExitReview(ScopeFrom.Route(http, "exitReviewId")));

    private static IExitReviewRegisterGrain Book(IGrainFactory grains, string estateId) =>
        grains.GetGrain<IExitReviewRegisterGrain>(Keys.ExitReviewBook(estateId));

    /// <summary>The version in an If-Match header: <c>"7"</c>, <c>W/"7"</c> or <c>7</c>.</summary>
    private static long? IfMatch(HttpContext http)
    {
        var raw = http.Request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        var text = raw.Trim().Replace("W/", "", StringComparison.Ordinal).Trim('"');
        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var v)
            ? v
            : throw new ValidationException("If-Match", "If-Match must be the case's version, e.g. \"7\".");
    }
}
