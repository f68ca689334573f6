using Anju.Demo.Api;
using Anju.Demo.Occupancy;

namespace Anju.Demo.Driving;

/// <summary>Moves random dwellings one legal lifecycle step, keeping the estates near the onboarded mix;
/// an allocation also records the household it went to.</summary>
public sealed class OccupancyGenerator(AnjuApi api, DwellingBook book) : IEventGenerator
{
    /// <summary>Picks before giving up for this slot; with ~16 % of picks accepted, 256 practically never run out.</summary>
    private const int MaxPicks = 256;

    public string Kind => "occupancy";

    public double Weight => 1;

    public PlannedEvent? Next(Random random)
    {
        for (var pick = 0; pick < MaxPicks; pick++)
        {
            var dwelling = book.Pick(random);
            var roll = random.NextDouble();
            if (!dwelling.TryClaim())
            {
                continue;
            }

            if (roll < OccupancyMoves.Hazard(dwelling.State))
            {
                var action = OccupancyMoves.Choose(dwelling.State, random);
                var household = action == OccupancyAction.Allocate ? HouseholdDraw.Next(random) : null;
                return new PlannedEvent(Kind, dwelling.EstateId, ct => ApplyAsync(dwelling, action, household, ct));
            }

            dwelling.Release();
        }

        return null;
    }

    private async Task<EventOutcome> ApplyAsync(TrackedDwelling dwelling, OccupancyAction action, HouseholdChange? household, CancellationToken ct)
    {
        try
        {
            // Two commands for an allocation (the move, then the household): each answer says how far the
            // dwelling's version moved, which a benchmark matches against what screens see.
            var change = new OccupancyChange(action, Lifecycle.Reason(action));
            var result = await api.ChangeOccupancyAsync(dwelling.EstateId, dwelling.DwellingId, change, ct);
            var changes = result.IsSuccess ? dwelling.Update(result.Value!.State, result.Value.Version) : 0;
            if (result.IsSuccess && household is not null)
            {
                result = await api.SetHouseholdAsync(dwelling.EstateId, dwelling.DwellingId, household, ct);
                changes += result.IsSuccess ? dwelling.Update(result.Value!.State, result.Value.Version) : 0;
            }

            if (result.IsSuccess)
            {
                return EventOutcome.Ok with { Changes = changes };
            }

            var where = $"{dwelling.EstateId}/{dwelling.DwellingId} {action}: {result}";
            if (!result.IsConflict)
            {
                return new EventOutcome(EventResult.Failed, where) { Changes = changes };
            }

            // Someone else moved it (or a retried request had landed): take the current state and carry on.
            var current = await api.GetDwellingAsync(dwelling.EstateId, dwelling.DwellingId, ct);
            if (current.IsSuccess)
            {
                changes += dwelling.Update(current.Value!.State, current.Value.Version);
            }

            return new EventOutcome(EventResult.Conflict, where) { Changes = changes };
        }
        finally
        {
            dwelling.Release();
        }
    }
}
