using Anju.Dwellings;

namespace Anju.Casework;

/// <summary>Persisted state of an estate's casework queues (state name "casework"): the occupancy each dwelling was last
/// seen in (to open paperwork on a change), the paperwork, rounds, chase records and intakes.</summary>
[GenerateSerializer, Alias("Anju.Casework.CaseworkState")]
internal sealed class CaseworkState
{
    [Id(0)] public Dictionary<string, OccupancyState> LastSeen { get; set; } = new(StringComparer.Ordinal);
    [Id(1)] public int NextPaperwork { get; set; } = 1;
    [Id(2)] public List<PaperworkItem> Paperwork { get; set; } = [];
    [Id(3)] public Dictionary<string, InspectionRound> Rounds { get; set; } = new(StringComparer.Ordinal);
    [Id(4)] public Dictionary<string, ChaseRecord> Chases { get; set; } = new(StringComparer.Ordinal);
    [Id(5)] public Dictionary<string, IntakeItem> Intake { get; set; } = new(StringComparer.Ordinal);
}

/// <summary>What the queues forget: closed paperwork, finished rounds, chase records and decided intakes older than the
/// retention (the KPIs look back no further).</summary>
internal static class CaseworkRetention
{
    public static void Prune(CaseworkState state, DateTimeOffset now, TimeSpan keep)
    {
        PaperworkRules.Prune(state, now, keep);
        foreach (var id in state.Rounds.Values.Where(r => r.CompletedAt is { } done && now - done > keep).Select(r => r.RoundId).ToList())
        {
            state.Rounds.Remove(id);
        }

        foreach (var id in state.Chases.Values.Where(c => now - c.At > keep).Select(c => c.ChaseId).ToList())
        {
            state.Chases.Remove(id);
        }

        foreach (var id in state.Intake.Values.Where(i => !i.EffectPending && i.Steps[^1].At < now - keep && i.DecidedOn is not null).Select(i => i.IntakeId).ToList())
        {
            state.Intake.Remove(id);
        }
    }
}

/// <summary>The queues as the screen shows them: open paperwork, unfinished rounds and undecided intakes first.</summary>
internal static class CaseworkView
{
    public static CaseworkQueues Of(string estateId, CaseworkState state, DateTimeOffset? syncedAt) => new(
        estateId,
        [.. state.Paperwork.OrderBy(p => p.ClosedAt is null ? 0 : 1).ThenByDescending(p => p.OpenedAt)],
        [.. state.Rounds.Values.OrderBy(r => r.CompletedAt is null ? 0 : 1).ThenBy(r => r.DueOn).ThenBy(r => r.RoundId, StringComparer.Ordinal)],
        RoundRules.Findings(state.Rounds.Values),
        [.. state.Intake.Values.OrderBy(i => i.DecidedOn is null ? 0 : 1).ThenByDescending(i => i.ReceivedOn).ThenBy(i => i.IntakeId, StringComparer.Ordinal)],
        syncedAt);
}
