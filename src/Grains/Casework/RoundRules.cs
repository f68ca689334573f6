using Anju.Residency;

namespace Anju.Casework;

/// <summary>Inspection rounds (巡查, §3.1–3.2): a list of the estate's dwellings visited by a day, each visit a finding
/// recorded on the dwelling. A round is on time when its last visit falls on or before its due day.</summary>
internal static class RoundRules
{
    /// <summary>Checks a new round against the dwellings the estate has; the round as it will be kept.</summary>
    public static InspectionRound Validate(OpenRound command, Func<string, bool> dwellingExists, int maxDwellings, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(command);
        var id = Common.Validate.Id("roundId", command.RoundId);
        var title = Common.Validate.Text("title", command.Title, 200);
        var actor = Common.Validate.Text("actor", command.Actor, 100);
        Common.Validate.Day("dueOn", command.DueOn);
        var ids = command.DwellingIds ?? throw new ValidationException("dwellingIds", "dwellingIds is required.");
        if (ids.Count == 0 || ids.Count > maxDwellings)
        {
            throw new ValidationException("dwellingIds", $"A round covers 1 to {maxDwellings} dwellings.");
        }

        for (var i = 0; i < ids.Count; i++)
        {
            Common.Validate.Id($"dwellingIds[{i}]", ids[i]);
            if (!dwellingExists(ids[i]))
            {
                throw new ValidationException($"dwellingIds[{i}]", $"No dwelling '{ids[i]}' in this estate.");
            }
        }

        if (ids.Distinct(StringComparer.Ordinal).Count() != ids.Count)
        {
            throw new ValidationException("dwellingIds", "A dwelling is listed twice.");
        }

        return new InspectionRound(id, title, [.. ids], command.DueOn, actor, now, []) { Agency = command.Agency };
    }

    /// <summary>True when <paramref name="existing"/> is the round <paramref name="asked"/> asks for again (a retry).</summary>
    public static bool SameRound(InspectionRound existing, InspectionRound asked) =>
        existing.Title == asked.Title && existing.DueOn == asked.DueOn && existing.DwellingIds.SequenceEqual(asked.DwellingIds, StringComparer.Ordinal)
            ? true
            : throw new ConflictException($"Round '{asked.RoundId}' already exists with other content: use a new roundId for a new round.");

    /// <summary>Whether the visit is new (true), a repeat of one recorded (false), or a conflict (throws).</summary>
    public static bool IsNewVisit(InspectionRound round, RecordVisit visit)
    {
        if (!round.DwellingIds.Contains(visit.DwellingId, StringComparer.Ordinal))
        {
            throw new ValidationException("dwellingId", $"Dwelling '{visit.DwellingId}' is not on round '{round.RoundId}'.");
        }

        if (!Enum.IsDefined(visit.Finding))
        {
            throw new ValidationException("finding", $"finding must be one of {string.Join(", ", Enum.GetNames<InspectionFinding>())}.");
        }

        var seen = round.Visits.FirstOrDefault(v => v.DwellingId == visit.DwellingId);
        return seen is null
            || (seen.Finding == visit.Finding ? false
                : throw new ConflictException($"Dwelling '{visit.DwellingId}' was already visited on round '{round.RoundId}' (found {seen.Finding})."));
    }

    /// <summary>The round with the visit added; completed when every dwelling has been visited.</summary>
    public static InspectionRound AddVisit(InspectionRound round, RoundVisit visit)
    {
        var visits = round.Visits.Append(visit).ToList();
        return round with { Visits = visits, CompletedAt = visits.Count == round.DwellingIds.Count ? visit.At : null };
    }

    /// <summary>The dwelling's command id for a round's visit (at most 64 characters): a retry records the finding once.</summary>
    public static string VisitCommandId(string roundId, string dwellingId)
    {
        var id = $"round-{roundId}-{dwellingId}";
        return id.Length <= Common.Validate.MaxCommandId
            ? id
            : "round-" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(id)))[..40];
    }

    /// <summary>Finished on or before its due day (the day of <paramref name="dayOf"/>).</summary>
    public static bool OnTime(InspectionRound round, Func<DateTimeOffset, DateOnly> dayOf) =>
        round.CompletedAt is { } done && dayOf(done) <= round.DueOn;

    /// <summary>Findings of every kept round counted per kind (every kind present, 0 where none was found).</summary>
    public static IReadOnlyDictionary<InspectionFinding, int> Findings(IEnumerable<InspectionRound> rounds)
    {
        var counts = Enum.GetValues<InspectionFinding>().ToDictionary(f => f, _ => 0);
        foreach (var visit in rounds.SelectMany(r => r.Visits))
        {
            counts[visit.Finding]++;
        }

        return counts;
    }
}
