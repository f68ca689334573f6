using Anju.Demo.Api;
using Anju.Demo.Occupancy;
using Anju.Demo.Terminal;

namespace Anju.Demo.Seeding;

/// <summary>
/// Brings one dwelling from "not there" to its planned state, one lifecycle step per request.
/// Resumable: a dwelling that already exists (a retried POST, or <c>seed --force</c> after an
/// interrupted run) is read, and its walk continues from wherever it stands on the path.
/// </summary>
public static class DwellingSeeding
{
    public const string Actor = "demo-seed";

    public static async Task<(DwellingOutcome Outcome, string? Detail)> RunAsync(
        AnjuApi api, string estateId, DwellingPlan plan, Progress progress, CancellationToken ct)
    {
        var where = $"{estateId}/{plan.DwellingId}";
        var path = plan.Path;
        var states = Lifecycle.Walk(path);
        var added = await api.AddDwellingAsync(estateId, new NewDwelling(plan.DwellingId, plan.FloorArea), ct);
        OccupancyState state;
        if (added.IsSuccess)
        {
            state = added.Value!.State;
        }
        else if (added.IsConflict && await ReadStateAsync(api, estateId, plan.DwellingId, ct) is { } existing)
        {
            state = existing;
        }
        else
        {
            progress.Advance(1 + path.Count);
            return (DwellingOutcome.Failed, $"{where} add: {added}");
        }

        progress.Advance();
        var position = 0;
        for (var attempt = 0; attempt <= path.Count + 2; attempt++)
        {
            var index = IndexOf(states, state);
            if (index < 0)
            {
                progress.Advance(path.Count - position);
                return (DwellingOutcome.LeftAsIs, null);
            }

            progress.Advance(Math.Max(0, index - position));
            position = Math.Max(position, index);
            if (index == path.Count)
            {
                return (DwellingOutcome.Seeded, null);
            }

            var action = path[index];
            var changed = await api.ChangeOccupancyAsync(estateId, plan.DwellingId, new OccupancyChange(action, Actor, Lifecycle.Reason(action)), ct);
            if (changed.IsSuccess)
            {
                state = changed.Value!.State;
            }
            else if (changed.IsConflict && await ReadStateAsync(api, estateId, plan.DwellingId, ct) is { } now)
            {
                // After a retried POST a conflict usually means the first attempt landed: go on from where it stands.
                state = now;
            }
            else
            {
                progress.Advance(path.Count - position);
                return (DwellingOutcome.Failed, $"{where} {action}: {changed}");
            }
        }

        progress.Advance(path.Count - position);
        return (DwellingOutcome.Failed, $"{where}: stuck at {state}, planned {plan.Target}");
    }

    private static async Task<OccupancyState?> ReadStateAsync(AnjuApi api, string estateId, string dwellingId, CancellationToken ct)
    {
        var read = await api.GetDwellingAsync(estateId, dwellingId, ct);
        return read.IsSuccess ? read.Value!.State : null;
    }

    private static int IndexOf(IReadOnlyList<OccupancyState> states, OccupancyState state)
    {
        for (var i = 0; i < states.Count; i++)
        {
            if (states[i] == state)
            {
                return i;
            }
        }

        return -1;
    }
}
