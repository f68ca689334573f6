using Anju.Common;
using Anju.Money;

namespace Anju.Community;

/// <summary>Pure rules of the consultation committee (§4.6): who may sit, who may attend and vote, the quorum, the tally
/// and which compact version is in force. Every failure names the field.</summary>
public static class CommitteeRules
{
    public const int MaxAttendees = 200;
    public const int MaxMotions = 50;
    public const int MaxFollowUps = 50;

    /// <summary>A member as stored: id, name (at most 50), a defined party, a term within 2000–2100 that ends on or after it starts.</summary>
    public static CommitteeMember Member(CommitteeMember member)
    {
        ArgumentNullException.ThrowIfNull(member);
        var start = MoneyChecks.Day("termStart", member.TermStart);
        var end = MoneyChecks.Day("termEnd", member.TermEnd);
        return end < start ? throw new ValidationException("termEnd", "termEnd must not be before termStart.")
            : !Enum.IsDefined(member.Party) ? throw new ValidationException("party", $"party must be one of {string.Join(", ", Enum.GetNames<CommitteeParty>())}.")
            : new(Validate.Id("memberId", member.MemberId), Validate.Text("name", member.Name, 50), member.Party, start, end);
    }

    /// <summary>Whether a member sits on <paramref name="day"/>.</summary>
    public static bool InTerm(CommitteeMember member, DateOnly day) => member.TermStart <= day && day <= member.TermEnd;

    /// <summary>Quorate when the members in term number more than 0 and more than <paramref name="share"/> of them attend.</summary>
    public static bool Quorate(int attending, int inTerm, double share) => inTerm > 0 && attending > inTerm * share;

    /// <summary>A motion's count: votes of attending members (others are refused before), those attending who did not
    /// vote, and the outcome: no quorum, carried when the votes for are more than <paramref name="passShare"/> of those
    /// attending, else defeated.</summary>
    public static MotionTally Tally(MotionRecord motion, int attending, bool quorate, double passShare)
    {
        ArgumentNullException.ThrowIfNull(motion);
        var count = (CommitteeVote v) => motion.Votes.Count(x => x.Vote == v);
        var (yes, no, abstain) = (count(CommitteeVote.For), count(CommitteeVote.Against), count(CommitteeVote.Abstain));
        var outcome = !quorate ? MotionOutcome.NoQuorum : yes > attending * passShare ? MotionOutcome.Carried : MotionOutcome.Defeated;
        return new(motion.MotionId, motion.Title, yes, no, abstain, attending - motion.Votes.Count, outcome);
    }

    /// <summary>Checks a meeting against the members: a day, attendees in term on it (each once), motions with distinct
    /// ids, votes by attendees only (each once), follow-ups with distinct ids due on or after the meeting. Answers the
    /// meeting as stored, normalised (trimmed texts).</summary>
    public static RecordMeeting Meeting(RecordMeeting meeting, IReadOnlyCollection<CommitteeMember> members)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(members);
        var day = MoneyChecks.Day("date", meeting.Date);
        var attendees = Distinct("attendees", meeting.Attendees, MaxAttendees, (field, id) =>
        {
            var m = members.FirstOrDefault(x => x.MemberId == Validate.Id(field, id))
                ?? throw new ValidationException(field, $"{id} is not a member of the committee.");
            return InTerm(m, day) ? m.MemberId : throw new ValidationException(field, $"{id} is not in term on {day:yyyy-MM-dd}.");
        });
        var motions = Distinct("motions", meeting.Motions, MaxMotions, (field, m) => Motion(field, m, attendees, day), m => m.MotionId);
        return new(Validate.Id("meetingId", meeting.MeetingId), day, attendees, motions)
        {
            Minutes = string.IsNullOrWhiteSpace(meeting.Minutes) ? null : Validate.Text("minutes", meeting.Minutes, 2000),
        };
    }

    /// <summary>The tallies of a checked meeting, and whether it was quorate.</summary>
    public static (bool Quorate, int InTerm, IReadOnlyList<MotionTally> Tallies) Decide(RecordMeeting meeting, IReadOnlyCollection<CommitteeMember> members, CommitteeOptions options)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(options);
        var inTerm = members.Count(m => InTerm(m, meeting.Date));
        var quorate = Quorate(meeting.Attendees.Count, inTerm, options.QuorumShare);
        return (quorate, inTerm, [.. meeting.Motions.Select(m => Tally(m, meeting.Attendees.Count, quorate, options.PassShare))]);
    }

    /// <summary>The version in force on <paramref name="day"/>: the highest-numbered one already effective.</summary>
    public static CompactVersion? InForce(IEnumerable<CompactVersion> versions, DateOnly day) =>
        versions.Where(v => v.EffectiveOn <= day).OrderByDescending(v => v.Number).FirstOrDefault();

    private static MotionRecord Motion(string field, MotionRecord? motion, IReadOnlyList<string> attendees, DateOnly day)
    {
        if (motion is null)
        {
            throw new ValidationException(field, $"{field} must not be null.");
        }

        var votes = Distinct($"{field}.votes", motion.Votes, MaxAttendees, (f, v) =>
            v is null ? throw new ValidationException(f, $"{f} must not be null.")
            : !attendees.Contains(v.MemberId) ? throw new ValidationException(f, $"{v.MemberId} did not attend and cannot vote.")
            : !Enum.IsDefined(v.Vote) ? throw new ValidationException(f, "vote must be For, Against or Abstain.")
            : v, v => v.MemberId);
        var followUps = Distinct($"{field}.followUps", motion.FollowUps, MaxFollowUps, (f, i) =>
            i is null ? throw new ValidationException(f, $"{f} must not be null.")
            : MoneyChecks.Day($"{f}.due", i.Due) < day ? throw new ValidationException($"{f}.due", "due must not be before the meeting.")
            : new FollowUpItem(Validate.Id($"{f}.itemId", i.ItemId), Validate.Text($"{f}.what", i.What, 500), Validate.Text($"{f}.owner", i.Owner, 100), i.Due),
            i => i.ItemId);
        return new(Validate.Id($"{field}.motionId", motion.MotionId), Validate.Text($"{field}.title", motion.Title, 500), votes, followUps);
    }

    /// <summary>Checks each item (<paramref name="check"/> gets its field name <c>list[i]</c>) and refuses a repeated key.</summary>
    private static IReadOnlyList<T> Distinct<TIn, T>(string field, IReadOnlyList<TIn?>? items, int max, Func<string, TIn, T> check, Func<T, string>? key = null)
    {
        items ??= [];
        if (items.Count > max)
        {
            throw new ValidationException(field, $"{field} may hold at most {max} items.");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<T>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var f = $"{field}[{i}]";
            var item = items[i] ?? throw new ValidationException(f, $"{f} must not be null.");
            var next = check(f, item);
            if (!seen.Add(key?.Invoke(next) ?? next?.ToString() ?? ""))
            {
                throw new ValidationException(f, $"{f} repeats an earlier item.");
            }

            result.Add(next);
        }

        return result;
    }
}
