namespace Anju.Community;

/// <summary>Which side a member of the consultation committee (議事協商委員會, §4.6) sits for.</summary>
[GenerateSerializer]
public enum CommitteeParty
{
    /// <summary>The housing office (住房保障部門).</summary>
    HousingOffice,

    /// <summary>The local police station (派出所).</summary>
    Police,

    /// <summary>The residents' committee (居委會).</summary>
    ResidentsCommittee,

    /// <summary>The property-service company (物業服務企業).</summary>
    PropertyCompany,

    /// <summary>Owners' representatives (業主代表, purchase-type dwellings).</summary>
    OwnersRepresentative,

    /// <summary>Tenants' representatives (租戶代表, rental dwellings).</summary>
    TenantsRepresentative,
}

/// <summary>A member's vote on a motion.</summary>
[GenerateSerializer]
public enum CommitteeVote
{
    For,
    Against,
    Abstain,
}

/// <summary>What became of a motion: carried (a resolution), defeated, or not decided because the meeting had no quorum.</summary>
[GenerateSerializer]
public enum MotionOutcome
{
    Carried,
    Defeated,
    NoQuorum,
}

/// <summary>A member of the committee, with the party they sit for and their term (both days included). The name is
/// personal data (masked unless the view shows identities).</summary>
[GenerateSerializer, Immutable, Alias("Anju.Community.CommitteeMember")]
public sealed record CommitteeMember(
    [property: Id(0)] string MemberId,
    [property: Id(1)] string Name,
    [property: Id(2)] CommitteeParty Party,
    [property: Id(3)] DateOnly TermStart,
    [property: Id(4)] DateOnly TermEnd);

/// <summary>One attending member's vote.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Community.MemberVote")]
public sealed record MemberVote([property: Id(0)] string MemberId, [property: Id(1)] CommitteeVote Vote);

/// <summary>A follow-up item of a resolution: what, who owns it, by when; done once, with who and when.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Community.FollowUpItem")]
public sealed record FollowUpItem(
    [property: Id(0)] string ItemId,
    [property: Id(1)] string What,
    [property: Id(2)] string Owner,
    [property: Id(3)] DateOnly Due)
{
    [Id(4)] public DateOnly? DoneOn { get; init; }

    [Id(5)] public string? DoneBy { get; init; }

    [Id(6)] public string? Note { get; init; }
}

/// <summary>A motion put to a meeting with its votes (attending members only, once each) and follow-up items that
/// become the resolution's if it is carried.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Community.MotionRecord")]
public sealed record MotionRecord(
    [property: Id(0)] string MotionId,
    [property: Id(1)] string Title,
    [property: Id(2)] IReadOnlyList<MemberVote> Votes,
    [property: Id(3)] IReadOnlyList<FollowUpItem> FollowUps);

/// <summary>The count of a motion's votes and its outcome (<c>CommitteeRules.Tally</c>).</summary>
[GenerateSerializer, Immutable, Alias("Anju.Community.MotionTally")]
public sealed record MotionTally(
    [property: Id(0)] string MotionId,
    [property: Id(1)] string Title,
    [property: Id(2)] int For,
    [property: Id(3)] int Against,
    [property: Id(4)] int Abstain,
    [property: Id(5)] int NotVoting,
    [property: Id(6)] MotionOutcome Outcome);

/// <summary>A meeting to record: its id (a repeat is harmless), day, attending members and the motions put.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Community.RecordMeeting")]
public sealed record RecordMeeting(
    [property: Id(0)] string MeetingId,
    [property: Id(1)] DateOnly Date,
    [property: Id(2)] IReadOnlyList<string> Attendees,
    [property: Id(3)] IReadOnlyList<MotionRecord> Motions)
{
    [Id(4)] public string? Minutes { get; init; }
}

/// <summary>A recorded meeting: who attended, whether it was quorate (and against how many members in term), each
/// motion's tally, who recorded it and when.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Community.CommitteeMeeting")]
public sealed record CommitteeMeeting(
    [property: Id(0)] RecordMeeting Record,
    [property: Id(1)] int MembersInTerm,
    [property: Id(2)] bool Quorate,
    [property: Id(3)] IReadOnlyList<MotionTally> Tallies,
    [property: Id(4)] string RecordedBy,
    [property: Id(5)] DateTimeOffset RecordedAt);

/// <summary>A carried motion: the resolution (決議) and its follow-up items.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Community.Resolution")]
public sealed record Resolution(
    [property: Id(0)] string ResolutionId,
    [property: Id(1)] string MeetingId,
    [property: Id(2)] string Title,
    [property: Id(3)] DateOnly AdoptedOn,
    [property: Id(4)] IReadOnlyList<FollowUpItem> FollowUps)
{
    /// <summary>Follow-ups not yet done.</summary>
    public int Open => FollowUps.Count(f => f.DoneOn is null);
}

/// <summary>A version of the estate's compact (小區規約): its number, text or summary, the resolution that adopted
/// it and the day it takes effect.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Community.CompactVersion")]
public sealed record CompactVersion(
    [property: Id(0)] int Number,
    [property: Id(1)] string Summary,
    [property: Id(2)] string ResolutionId,
    [property: Id(3)] DateOnly EffectiveOn,
    [property: Id(4)] string AdoptedBy,
    [property: Id(5)] DateTimeOffset AdoptedAt);

/// <summary>A supervision record of the compact's execution (規約執行監督): a breach noted on a day, its follow-up,
/// and when it was put right.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Community.CompactSupervision")]
public sealed record CompactSupervision(
    [property: Id(0)] string RecordId,
    [property: Id(1)] DateOnly Date,
    [property: Id(2)] string Breach,
    [property: Id(3)] string FollowUp,
    [property: Id(4)] string Actor,
    [property: Id(5)] DateTimeOffset At)
{
    [Id(6)] public DateOnly? ResolvedOn { get; init; }

    [Id(7)] public string? ResolvedBy { get; init; }
}

/// <summary>An estate's committee as screens see it: members, meetings (newest first), resolutions with their
/// follow-ups, the compact's versions and the one in force today, and its supervision records.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Community.CommitteeView")]
public sealed record CommitteeView(
    [property: Id(0)] string EstateId,
    [property: Id(1)] IReadOnlyList<CommitteeMember> Members,
    [property: Id(2)] IReadOnlyList<CommitteeMeeting> Meetings,
    [property: Id(3)] IReadOnlyList<Resolution> Resolutions,
    [property: Id(4)] IReadOnlyList<CompactVersion> CompactVersions,
    [property: Id(5)] CompactVersion? CurrentCompact,
    [property: Id(6)] IReadOnlyList<CompactSupervision> Supervision,
    [property: Id(7)] long Version)
{
    /// <summary>Follow-up items open across resolutions.</summary>
    public int OpenFollowUps => Resolutions.Sum(r => r.Open);
}
