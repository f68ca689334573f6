using System.Security.Claims;
using Anju.Access;
using Anju.Access.Identity;
using Anju.Common;
using Anju.Community;

namespace Anju.Silo.Api;

public sealed record SurveyQuestionRequest(string? Question, IReadOnlyList<int>? Counts);

public sealed record SurveyRequest(string? SurveyId, string? Period, IReadOnlyList<SurveyQuestionRequest?>? Questions);

/// <summary>Residents' satisfaction (§1): an estate's ratings of closed cases and its surveys, and the rollup per district
/// and city of the estates the caller reaches.</summary>
public static class SatisfactionEndpoints
{
    public static RouteGroupBuilder MapSatisfactionEndpoints(this RouteGroupBuilder api)
    {
        var estate = api.MapGroup("/estates/{estateId}/satisfaction").WithTags("Community: satisfaction");
        estate.MapGet("/", (string estateId, IGrainFactory g) => Satisfaction(g, estateId).GetAsync())
            .Allow(Permission.ReadCommunity, ScopeFrom.Estate())
            .WithSummary("The estate's satisfaction: counts and means (null when there is no rating or answer), ratings by month and source, surveys.");
        estate.MapPost("/surveys", (string estateId, SurveyRequest? body, ClaimsPrincipal user, IGrainFactory g) =>
            {
                var b = CommitteeEndpoints.Body(body);
                var questions = Parse.Items("questions", b.Questions).Select(q => new SurveyQuestion(q.Question!, q.Counts!)).ToList();
                return Satisfaction(g, estateId).RecordSurveyAsync(b.SurveyId!, b.Period!, questions, user.Actor());
            })
            .Allow(Permission.ManageCommunity, ScopeFrom.Estate())
            .WithSummary("Record a counted survey {surveyId, period (2026, 2026-Q4 or 2026-12), questions: [{question, counts: [n1, n2, n3, n4, n5]}]}.");
        api.MapGet("/satisfaction", async (HttpContext http, IGrainFactory g) =>
            {
                var all = await g.GetGrain<ISatisfactionRollupGrain>(Keys.SatisfactionCity).GetAsync();
                var estates = await http.ReachedAsync(all.Estates, Permission.ReadCommunity, e => e.EstateId, e => e.District);
                var districts = estates.GroupBy(e => e.District).OrderBy(d => d.Key, StringComparer.Ordinal)
                    .Select(d => new DistrictSatisfaction(d.Key, d.Count(), SatisfactionCounts.Sum(d.Select(e => e.Counts))));
                return new SatisfactionRollup(SatisfactionCounts.Sum(estates.Select(e => e.Counts)), [.. districts], estates);
            })
            .WithTags("Community: satisfaction")
            .Allow(Permission.ReadCommunity, ScopeFrom.Rows("estates reached"))
            .WithSummary("Satisfaction per estate, per district and in total, over the estates the caller reaches that have a rating or answer.");
        return api;
    }

    private static ISatisfactionGrain Satisfaction(IGrainFactory grains, string estateId) =>
        grains.GetGrain<ISatisfactionGrain>(Keys.Satisfaction(Validate.Id("estateId", estateId)));
}
