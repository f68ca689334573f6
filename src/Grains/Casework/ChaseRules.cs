using Anju.Dwellings;
using Anju.Residency;

namespace Anju.Casework;

/// <summary>The rent-chasing list (租金催繳, §3.2) and its records: the dwellings whose arrears standing is at or past
/// the chasing level, worst first, each with what the agency did about it.</summary>
internal static class ChaseRules
{
    public const int MaxNote = 500;

    /// <summary>Checks a chase record: a promise names its day (not before today, within the years taken), an
    /// escalation says why.</summary>
    public static ChaseRecord Validate(RecordChase command, Func<string, bool> dwellingExists, DateOnly today, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(command);
        var id = Common.Validate.Id("chaseId", command.ChaseId);
        var dwelling = Common.Validate.Id("dwellingId", command.DwellingId);
        if (!dwellingExists(dwelling))
        {
            throw new ValidationException("dwellingId", $"No dwelling '{dwelling}' in this estate.");
        }

        if (!Enum.IsDefined(command.Outcome))
        {
            throw new ValidationException("outcome", $"outcome must be one of {string.Join(", ", Enum.GetNames<ChaseOutcome>())}.");
        }

        var note = PaperworkRules.Optional("note", command.Note, MaxNote);
        DateOnly? promised = null;
        if (command.Outcome == ChaseOutcome.Promised)
        {
            var by = command.PromisedBy ?? throw new ValidationException("promisedBy", "A promise needs the day it is to be paid by.");
            promised = Common.Validate.Day("promisedBy", by) >= today ? by : throw new ValidationException("promisedBy", "promisedBy must not be before today.");
        }
        else if (command.PromisedBy is not null)
        {
            throw new ValidationException("promisedBy", "promisedBy goes with the Promised outcome only.");
        }

        if (command.Outcome == ChaseOutcome.Escalated && note is null)
        {
            throw new ValidationException("note", "An escalation needs a note saying why.");
        }

        return new ChaseRecord(id, dwelling, command.Outcome, now, Common.Validate.Text("actor", command.Actor, 100), note, promised) { Agency = command.Agency };
    }

    /// <summary>Marks each Paid record not yet seen cleared whose dwelling's standing is now
    /// <see cref="RentArrearsStatus.Clear"/>; the count marked (0: nothing to write).</summary>
    public static int Reconcile(Dictionary<string, ChaseRecord> chases, IEnumerable<DwellingSummary> dwellings, DateTimeOffset now)
    {
        var clear = dwellings.Where(d => d.Rent == RentArrearsStatus.Clear).Select(d => d.DwellingId).ToHashSet(StringComparer.Ordinal);
        var marked = chases.Values
            .Where(c => c is { Outcome: ChaseOutcome.Paid, ClearedSeenAt: null } && c.At <= now && clear.Contains(c.DwellingId))
            .ToList();
        foreach (var paid in marked)
        {
            chases[paid.ChaseId] = paid with { ClearedSeenAt = now };
        }

        return marked.Count;
    }

    /// <summary>True when the stored record is the one asked for again (a retry); other content under its id is a conflict.</summary>
    public static bool SameChase(ChaseRecord existing, ChaseRecord asked) =>
        existing.DwellingId == asked.DwellingId && existing.Outcome == asked.Outcome && existing.Note == asked.Note && existing.PromisedBy == asked.PromisedBy
            ? true
            : throw new ConflictException($"Chase '{asked.ChaseId}' was already recorded with other content: use a new chaseId for a new record.");

    /// <summary>The list: dwellings at or past <paramref name="from"/>, serious arrears first, then those not yet chased,
    /// then by dwelling id; each with its records newest first.</summary>
    public static IReadOnlyList<ChaseRow> List(
        IEnumerable<(DwellingSummary Dwelling, string GridId)> dwellings, IEnumerable<ChaseRecord> records, RentArrearsStatus from, DateOnly today,
        Func<string, string?> headOf)
    {
        var byDwelling = records.GroupBy(r => r.DwellingId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.At).ToList(), StringComparer.Ordinal);
        return [.. dwellings
            .Where(d => d.Dwelling.Rent >= from)
            .Select(d =>
            {
                var chases = byDwelling.GetValueOrDefault(d.Dwelling.DwellingId) ?? [];
                var last = chases.FirstOrDefault();
                return new ChaseRow(d.Dwelling.DwellingId, d.GridId, d.Dwelling.Rent, chases)
                {
                    HeadOfHousehold = headOf(d.Dwelling.DwellingId),
                    LastOutcome = last?.Outcome,
                    PromiseBroken = last is { Outcome: ChaseOutcome.Promised, PromisedBy: { } by } && by < today,
                };
            })
            .OrderByDescending(r => r.Rent)
            .ThenBy(r => r.LastOutcome is null ? 0 : 1)
            .ThenBy(r => r.DwellingId, StringComparer.Ordinal)];
    }
}
