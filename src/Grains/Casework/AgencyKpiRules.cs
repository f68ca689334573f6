using System.Globalization;

namespace Anju.Casework;

/// <summary>An agency's KPIs for a month (§3.2: its assessment), from the queues of the estates it serves, counting only
/// the records its own people made (<see cref="AgencyTag.CountsFor"/>: not the housing office's, which works casework too)
/// on days inside the contract's term: rounds it opened due that month and how many finished by their due day; of the
/// dwellings it first contacted about their arrears that month (a Contacted or Promised record), how many it later recorded
/// Paid with the dwelling's arrears standing seen clear after (<see cref="ChaseRecord.ClearedSeenAt"/>); the median days from receiving annual-review papers to its decision, over the intakes it decided that month; and
/// the month's chase outcomes. Days and months are the city's (the day function given).</summary>
internal static class AgencyKpiRules
{
    /// <summary>Reads <c>yyyy-MM</c> (years 2000–2100).</summary>
    public static DateOnly Month(string month) =>
        DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first) && first.Year is >= 2000 and <= 2100
            ? first
            : throw new ValidationException("month", "month must be yyyy-MM between 2000 and 2100.");

    public static AgencyKpis Compute(AgencyContract contract, DateOnly first, IEnumerable<CaseworkLog> logs, Func<DateTimeOffset, DateOnly> dayOf)
    {
        var last = first.AddMonths(1).AddDays(-1);
        bool InMonth(DateOnly d) => d >= first && d <= last && AgencyContractRules.InTerm(contract, d);
        bool Ours(string? tag) => AgencyTag.CountsFor(tag, contract.ContractId);
        var list = logs.ToList();

        var due = list.SelectMany(l => l.Rounds).Where(r => Ours(r.Agency) && InMonth(r.DueOn)).ToList();
        var onTime = due.Count(r => RoundRules.OnTime(r, dayOf));

        var chases = list.SelectMany(l => l.Chases.Where(c => Ours(c.Agency) && AgencyContractRules.InTerm(contract, dayOf(c.At)))
            .Select(c => (Estate: l.EstateId, Chase: c))).ToList();
        var contacted = 0;
        var paid = 0;
        foreach (var dwelling in chases.GroupBy(c => (c.Estate, c.Chase.DwellingId)))
        {
            var ordered = dwelling.Select(c => c.Chase).OrderBy(c => c.At).ToList();
            var contact = ordered.FirstOrDefault(c => c.Outcome is ChaseOutcome.Contacted or ChaseOutcome.Promised);
            if (contact is null || !InMonth(dayOf(contact.At)))
            {
                continue;
            }

            contacted++;
            paid += ordered.Any(c => c is { Outcome: ChaseOutcome.Paid, ClearedSeenAt: not null } && c.At >= contact.At) ? 1 : 0;
        }

        var outcomes = Enum.GetValues<ChaseOutcome>().ToDictionary(
            o => o.ToString(), o => chases.Count(c => c.Chase.Outcome == o && InMonth(dayOf(c.Chase.At))));
        var days = list.SelectMany(l => l.Intake)
            .Where(i => i.DecidedOn is { } d && InMonth(d) && Ours(i.Steps.LastOrDefault(s => s.To is IntakeStatus.Passed or IntakeStatus.Failed)?.Agency))
            .Select(i => (double)(i.DecidedOn!.Value.DayNumber - i.ReceivedOn.DayNumber))
            .ToList();

        return new AgencyKpis(
            contract.ContractId, first.ToString("yyyy-MM", CultureInfo.InvariantCulture), due.Count, onTime, Share(onTime, due.Count),
            contacted, paid, Share(paid, contacted), days.Count, Median(days), outcomes);
    }

    public static double? Share(int part, int whole) => whole == 0 ? null : Math.Round((double)part / whole, 4);

    /// <summary>The median; null for none.</summary>
    public static double? Median(IReadOnlyList<double> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        var sorted = values.Order().ToList();
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
