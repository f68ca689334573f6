
namespace Anju.Dwellings;

/// <summary>The occupancy lifecycle (§3.1–3.2) as a pure table: which action is legal from which state.</summary>
public static class OccupancyRules
{
    private static readonly Dictionary<(OccupancyState, OccupancyAction), OccupancyState> Table = new()
    {
        [(OccupancyState.Vacant, OccupancyAction.Allocate)] = OccupancyState.Allocated,
        [(OccupancyState.Allocated, OccupancyAction.CancelAllocation)] = OccupancyState.Vacant,
        [(OccupancyState.Allocated, OccupancyAction.MoveIn)] = OccupancyState.Occupied,
        [(OccupancyState.Occupied, OccupancyAction.RequestExit)] = OccupancyState.ExitRequested,
        [(OccupancyState.ExitRequested, OccupancyAction.WithdrawExit)] = OccupancyState.Occupied,
        [(OccupancyState.ExitRequested, OccupancyAction.CompleteExit)] = OccupancyState.Vacated,
        [(OccupancyState.Vacated, OccupancyAction.StartInspection)] = OccupancyState.UnderInspection,
        [(OccupancyState.Vacant, OccupancyAction.StartInspection)] = OccupancyState.UnderInspection,
        [(OccupancyState.UnderInspection, OccupancyAction.PassInspection)] = OccupancyState.Vacant,
        [(OccupancyState.Vacant, OccupancyAction.StartRepair)] = OccupancyState.UnderRepair,
        [(OccupancyState.Vacated, OccupancyAction.StartRepair)] = OccupancyState.UnderRepair,
        [(OccupancyState.UnderInspection, OccupancyAction.StartRepair)] = OccupancyState.UnderRepair,
        [(OccupancyState.UnderRepair, OccupancyAction.FinishRepair)] = OccupancyState.Vacant,
        [(OccupancyState.Vacated, OccupancyAction.Release)] = OccupancyState.Vacant,
    };

    /// <summary>The state <paramref name="action"/> leads to from <paramref name="from"/>, or null when illegal.</summary>
    public static OccupancyState? TryNext(OccupancyState from, OccupancyAction action) =>
        Table.TryGetValue((from, action), out var to) ? to : null;

    /// <summary>The next state, or a <see cref="ConflictException"/> naming the illegal step.</summary>
    public static OccupancyState Next(OccupancyState from, OccupancyAction action) =>
        TryNext(from, action) ?? throw new ConflictException($"A dwelling that is {from} cannot {action}.");

    /// <summary>The actions legal from <paramref name="from"/>.</summary>
    public static IReadOnlyList<OccupancyAction> LegalFrom(OccupancyState from) =>
        [.. Table.Keys.Where(k => k.Item1 == from).Select(k => k.Item2)];

    /// <summary>Whether the dwelling may have a household on record: from allocation until the exit completes.</summary>
    public static bool MayHaveHousehold(OccupancyState state) =>
        state is OccupancyState.Allocated or OccupancyState.Occupied or OccupancyState.ExitRequested;

    /// <summary>Whether a household lives in the dwelling (it counts as occupied).</summary>
    public static bool IsLivedIn(OccupancyState state) =>
        state is OccupancyState.Occupied or OccupancyState.ExitRequested;
}
