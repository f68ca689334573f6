using Anju.Common;
using Microsoft.Extensions.Options;

namespace Anju.Community;

/// <summary>An estate's consultation committee and compact (<see cref="ICommitteeGrain"/>): checks each command with
/// <see cref="CommitteeRules"/>, stores it, answers the view. A repeat answers as before; other content under a known
/// id is a conflict.</summary>
internal sealed class CommitteeGrain(
    [PersistentState("committee", StorageNames.Main)] IPersistentState<CommitteeState> state,
    TimeProvider clock,
    IOptions<CommitteeOptions> options) : Grain, ICommitteeGrain
{
    private CommitteeState S => state.State;

    private string EstateId => Keys.EstateIdOfCommunity(this.GetPrimaryKeyString());

    public async Task<CommitteeView> SeatMemberAsync(CommitteeMember member, string actor)
    {
        var next = CommitteeRules.Member(member);
        if (!SameContent.Seen(S.Members.Find(m => m.MemberId == next.MemberId), next, $"Member {next.MemberId}"))
        {
            if (S.Members.Count >= options.Value.MaxMembers)
            {
                throw new ConflictException($"The committee already seats {S.Members.Count} members, the most it may.");
            }

            S.Members.Add(next);
            await SaveAsync();
        }

        return View();
    }

    public async Task<CommitteeView> RecordMeetingAsync(RecordMeeting meeting, string actor)
    {
        var record = CommitteeRules.Meeting(meeting, S.Members);
        if (SameContent.Seen(S.Meetings.Find(m => m.Record.MeetingId == record.MeetingId)?.Record, record, $"Meeting {record.MeetingId}"))
        {
            return View();
        }

        if (record.Motions.Select(m => m.MotionId).FirstOrDefault(id => S.Resolutions.Any(r => r.ResolutionId == id)
            || S.Meetings.Any(x => x.Record.Motions.Any(m => m.MotionId == id))) is { } taken)
        {
            throw new ConflictException($"Motion {taken} was put at an earlier meeting.");
        }

        var (quorate, inTerm, tallies) = CommitteeRules.Decide(record, S.Members, options.Value);
        S.Meetings.Add(new CommitteeMeeting(record, inTerm, quorate, tallies, actor, clock.GetUtcNow()));
        foreach (var motion in record.Motions.Where(m => tallies.Any(t => t.MotionId == m.MotionId && t.Outcome == MotionOutcome.Carried)))
        {
            S.Resolutions.Add(new Resolution(motion.MotionId, record.MeetingId, motion.Title, record.Date, motion.FollowUps));
        }

        await SaveAsync();
        return View();
    }

    public async Task<CommitteeView> CompleteFollowUpAsync(string resolutionId, string itemId, DateOnly doneOn, string? note, string actor)
    {
        var resolution = S.Resolutions.Find(r => r.ResolutionId == resolutionId) ?? throw new NotFoundException("resolution", resolutionId);
        var item = resolution.FollowUps.FirstOrDefault(i => i.ItemId == itemId) ?? throw new NotFoundException("follow-up", itemId);
        var day = Money.MoneyChecks.Day("doneOn", doneOn);
        if (item.DoneOn == day)
        {
            return View();
        }

        if (item.DoneOn is not null)
        {
            throw new ConflictException($"Follow-up {itemId} was done on {item.DoneOn:yyyy-MM-dd}.");
        }

        if (day < resolution.AdoptedOn)
        {
            throw new ValidationException("doneOn", "doneOn must not be before the resolution was adopted.");
        }

        var done = item with { DoneOn = day, DoneBy = actor, Note = string.IsNullOrWhiteSpace(note) ? null : Validate.Text("note", note, 500) };
        S.Resolutions[S.Resolutions.IndexOf(resolution)] = resolution with { FollowUps = [.. resolution.FollowUps.Select(i => i.ItemId == itemId ? done : i)] };
        await SaveAsync();
        return View();
    }

    public async Task<CommitteeView> AdoptCompactAsync(int number, string summary, string resolutionId, DateOnly effectiveOn, string actor)
    {
        var text = Validate.Text("summary", summary, 4000);
        var day = Money.MoneyChecks.Day("effectiveOn", effectiveOn);
        var resolution = S.Resolutions.Find(r => r.ResolutionId == Validate.Id("resolutionId", resolutionId))
            ?? throw new ValidationException("resolutionId", $"{resolutionId} is not a resolution of this committee (a carried motion).");
        if (S.Compact.Find(v => v.Number == number) is { } held)
        {
            return (held.Summary, held.ResolutionId, held.EffectiveOn) == (text, resolution.ResolutionId, day) ? View()
                : throw new ConflictException($"Compact version {number} was already adopted with other content.");
        }

        if (number != S.Compact.Count + 1)
        {
            throw new ValidationException("number", $"number must be the next version, {S.Compact.Count + 1}.");
        }

        if (day < resolution.AdoptedOn)
        {
            throw new ValidationException("effectiveOn", "effectiveOn must not be before the resolution adopting it.");
        }

        S.Compact.Add(new CompactVersion(number, text, resolution.ResolutionId, day, actor, clock.GetUtcNow()));
        await SaveAsync();
        return View();
    }

    public async Task<CommitteeView> SuperviseAsync(string recordId, DateOnly date, string breach, string followUp, string actor)
    {
        var next = new CompactSupervision(Validate.Id("recordId", recordId), Money.MoneyChecks.Day("date", date), Validate.Text("breach", breach, 500),
            Validate.Text("followUp", followUp, 500), actor, clock.GetUtcNow());
        if (S.Supervision.Find(r => r.RecordId == next.RecordId) is { } held)
        {
            return (held.Date, held.Breach, held.FollowUp) == (next.Date, next.Breach, next.FollowUp) ? View()
                : throw new ConflictException($"Supervision record {next.RecordId} was already recorded with other content.");
        }

        if (S.Compact.Count == 0)
        {
            throw new ConflictException("The estate has no compact yet: a breach is of a version in force.");
        }

        S.Supervision.Add(next);
        await SaveAsync();
        return View();
    }

    public async Task<CommitteeView> ResolveBreachAsync(string recordId, DateOnly resolvedOn, string actor)
    {
        var held = S.Supervision.Find(r => r.RecordId == recordId) ?? throw new NotFoundException("supervision record", recordId);
        var day = Money.MoneyChecks.Day("resolvedOn", resolvedOn);
        if (held.ResolvedOn == day)
        {
            return View();
        }

        if (held.ResolvedOn is not null)
        {
            throw new ConflictException($"Supervision record {recordId} was put right on {held.ResolvedOn:yyyy-MM-dd}.");
        }

        if (day < held.Date)
        {
            throw new ValidationException("resolvedOn", "resolvedOn must not be before the breach was noted.");
        }

        S.Supervision[S.Supervision.IndexOf(held)] = held with { ResolvedOn = day, ResolvedBy = actor };
        await SaveAsync();
        return View();
    }

    public Task<CommitteeView> GetAsync() => Task.FromResult(View());

    private async Task SaveAsync()
    {
        S.Version++;
        await state.WriteOrReloadAsync();
    }

    private CommitteeView View() => new(EstateId, [.. S.Members], [.. Enumerable.Reverse(S.Meetings)], [.. Enumerable.Reverse(S.Resolutions)],
        [.. S.Compact], CommitteeRules.InForce(S.Compact, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddHours(8))),
        [.. Enumerable.Reverse(S.Supervision)], S.Version);
}
