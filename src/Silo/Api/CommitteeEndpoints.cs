using System.Security.Claims;
using Anju.Access;
using Anju.Access.Identity;
using Anju.Common;
using Anju.Community;
using Anju.Errors;
using Anju.Money;

namespace Anju.Silo.Api;

public sealed record CommitteeMemberRequest(string? MemberId, string? Name, string? Party, string? TermStart, string? TermEnd);

public sealed record VoteRequest(string? MemberId, string? Vote);

public sealed record FollowUpRequest(string? ItemId, string? What, string? Owner, string? Due);

public sealed record MotionRequest(string? MotionId, string? Title, IReadOnlyList<VoteRequest?>? Votes, IReadOnlyList<FollowUpRequest?>? FollowUps);

public sealed record MeetingRequest(string? MeetingId, string? Date, IReadOnlyList<string?>? Attendees, IReadOnlyList<MotionRequest?>? Motions, string? Minutes);

public sealed record FollowUpDoneRequest(string? DoneOn, string? Note);

public sealed record CompactRequest(int? Number, string? Summary, string? ResolutionId, string? EffectiveOn);

public sealed record SupervisionRequest(string? RecordId, string? Date, string? Breach, string? FollowUp);

public sealed record ResolveBreachRequest(string? ResolvedOn);

/// <summary>An estate's consultation committee (議事協商委員會, §4.6) and its compact (小區規約): members by party, meetings with
/// quorum and votes, resolutions and their follow-up, compact versions and the supervision of their execution. Read with
/// ReadCommunity, recorded with ManageCommunity, estate by estate; the actor is the signed-in person.</summary>
public static class CommitteeEndpoints
{
    public static RouteGroupBuilder MapCommitteeEndpoints(this RouteGroupBuilder api)
    {
        var committee = api.MapGroup("/estates/{estateId}/committee").WithTags("Community: committee and compact");
        committee.MapGet("/", (string estateId, IGrainFactory g) => Committee(g, estateId).GetAsync())
            .Allow(Permission.ReadCommunity, ScopeFrom.Estate())
            .WithSummary("Members (names masked unless the view shows identities), meetings with their tallies, resolutions with follow-ups, "
                + "the compact's versions and the one in force, supervision records.");
        committee.MapPost("/members", (string estateId, CommitteeMemberRequest? body, ClaimsPrincipal user, IGrainFactory g) =>
            {
                var b = Body(body);
                return Committee(g, estateId).SeatMemberAsync(new CommitteeMember(b.MemberId!, b.Name!, Parse.Enum<CommitteeParty>("party", b.Party),
                    MoneyChecks.Day("termStart", b.TermStart), MoneyChecks.Day("termEnd", b.TermEnd)), user.Actor());
            })
            .Allow(Permission.ManageCommunity, ScopeFrom.Estate())
            .WithSummary("Seat a member {memberId, name, party, termStart, termEnd}; the same again is harmless, other content 409.");
        committee.MapPost("/meetings", (string estateId, MeetingRequest? body, ClaimsPrincipal user, IGrainFactory g) =>
                Committee(g, estateId).RecordMeetingAsync(Meeting(Body(body)), user.Actor()))
            .Allow(Permission.ManageCommunity, ScopeFrom.Estate())
            .WithSummary("Record a meeting {meetingId, date, attendees, minutes?, motions: [{motionId, title, votes: [{memberId, vote}], "
                + "followUps: [{itemId, what, owner, due}]}]}: the quorum and each tally follow the committee's rules; a carried motion is a resolution.");
        committee.MapPost("/resolutions/{resolutionId}/follow-ups/{itemId}/done", (string estateId, string resolutionId, string itemId,
                FollowUpDoneRequest? body, ClaimsPrincipal user, IGrainFactory g) =>
                Committee(g, estateId).CompleteFollowUpAsync(Validate.Id("resolutionId", resolutionId), Validate.Id("itemId", itemId),
                    MoneyChecks.Day("doneOn", Body(body).DoneOn), MoneyChecks.Optional("note", body!.Note, 500), user.Actor()))
            .Allow(Permission.ManageCommunity, ScopeFrom.Estate())
            .WithSummary("Mark a resolution's follow-up item done {doneOn, note?}.");
        committee.MapPost("/compact", (string estateId, CompactRequest? body, ClaimsPrincipal user, IGrainFactory g) =>
            {
                var b = Body(body);
                var number = Parse.Required("number", b.Number);
                return Committee(g, estateId).AdoptCompactAsync(number is >= 1 and <= 1000 ? number : throw new ValidationException("number", "number must be 1 to 1000."),
                    b.Summary!, b.ResolutionId!, MoneyChecks.Day("effectiveOn", b.EffectiveOn), user.Actor());
            })
            .Allow(Permission.ManageCommunity, ScopeFrom.Estate())
            .WithSummary("Adopt the compact's next version {number, summary, resolutionId, effectiveOn} by a carried resolution.");
        committee.MapPost("/compact/supervision", (string estateId, SupervisionRequest? body, ClaimsPrincipal user, IGrainFactory g) =>
            {
                var b = Body(body);
                return Committee(g, estateId).SuperviseAsync(b.RecordId!, MoneyChecks.Day("date", b.Date), b.Breach!, b.FollowUp!, user.Actor());
            })
            .Allow(Permission.ManageCommunity, ScopeFrom.Estate())
            .WithSummary("Record a breach of the compact and its follow-up {recordId, date, breach, followUp}.");
        committee.MapPost("/compact/supervision/{recordId}/resolve", (string estateId, string recordId, ResolveBreachRequest? body, ClaimsPrincipal user, IGrainFactory g) =>
                Committee(g, estateId).ResolveBreachAsync(Validate.Id("recordId", recordId), MoneyChecks.Day("resolvedOn", Body(body).ResolvedOn), user.Actor()))
            .Allow(Permission.ManageCommunity, ScopeFrom.Estate())
            .WithSummary("Mark a breach put right {resolvedOn}.");
        return api;
    }

    private static RecordMeeting Meeting(MeetingRequest b)
    {
        var attendees = Parse.Items("attendees", b.Attendees);
        var motions = Parse.Items("motions", b.Motions).Select((m, i) => new MotionRecord(m.MotionId!, m.Title!,
            [.. Parse.Items($"motions[{i}].votes", m.Votes).Select((v, j) => new MemberVote(v.MemberId!, Parse.Enum<CommitteeVote>($"motions[{i}].votes[{j}].vote", v.Vote)))],
            [.. Parse.Items($"motions[{i}].followUps", m.FollowUps).Select((f, j) => new FollowUpItem(f.ItemId!, f.What!, f.Owner!,
                MoneyChecks.Day($"motions[{i}].followUps[{j}].due", f.Due)))]));
        return new RecordMeeting(b.MeetingId!, MoneyChecks.Day("date", b.Date), [.. attendees], [.. motions]) { Minutes = b.Minutes };
    }

    internal static T Body<T>(T? body)
        where T : class =>
        body ?? throw new ValidationException("body", "A JSON body is required.");

    private static ICommitteeGrain Committee(IGrainFactory grains, string estateId) =>
        grains.GetGrain<ICommitteeGrain>(Keys.Committee(Validate.Id("estateId", estateId)));
}
