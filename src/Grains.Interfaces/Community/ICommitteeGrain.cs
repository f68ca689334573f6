namespace Anju.Community;

/// <summary>An estate's consultation committee (議事協商委員會, §4.6) and its compact (小區規約): members by party with
/// their terms, meetings with attendance, quorum and votes, resolutions with follow-up, compact versions adopted by a
/// resolution, and the supervision of its execution. Every command is acknowledged once stored; a repeat with the same
/// id answers as before, the same id with other content is a <see cref="Errors.ConflictException"/>.
/// Key: <see cref="Keys.Committee"/>.</summary>
[Alias("Anju.Community.ICommitteeGrain")]
public interface ICommitteeGrain : IGrainWithStringKey
{
    /// <summary>Seats a member (the same member again: harmless).</summary>
    Task<CommitteeView> SeatMemberAsync(CommitteeMember member, string actor);

    /// <summary>Records a meeting: attendees must be members in term on the day; the quorum and each motion's tally
    /// follow the pure rules (<c>CommitteeRules</c>); a carried motion becomes a resolution with its follow-ups.</summary>
    Task<CommitteeView> RecordMeetingAsync(RecordMeeting meeting, string actor);

    /// <summary>Marks a resolution's follow-up item done on a day (again with the same day: harmless).</summary>
    Task<CommitteeView> CompleteFollowUpAsync(string resolutionId, string itemId, DateOnly doneOn, string? note, string actor);

    /// <summary>Adopts the compact's next version by a carried resolution; the number must be the next one.</summary>
    Task<CommitteeView> AdoptCompactAsync(int number, string summary, string resolutionId, DateOnly effectiveOn, string actor);

    /// <summary>Records a breach of the compact and its follow-up.</summary>
    Task<CommitteeView> SuperviseAsync(string recordId, DateOnly date, string breach, string followUp, string actor);

    /// <summary>Marks a supervision record put right on a day.</summary>
    Task<CommitteeView> ResolveBreachAsync(string recordId, DateOnly resolvedOn, string actor);

    [ReadOnly]
    Task<CommitteeView> GetAsync();
}
