using Anju.Dwellings;

namespace Anju.Residency;

/// <summary>The dwelling's occupancy steps that carry out an exit decision (pure): from wherever the household is,
/// to gone. Each step's command id is derived from the case id (the last one is the case id itself), so a carry-out
/// retried after a lost answer repeats nothing on the dwelling.</summary>
public static class ExitCarryOut
{
    /// <summary>The steps from <paramref name="state"/>: an allocation not yet moved into is cancelled; a household
    /// living there is asked to leave and its exit completed; a dwelling already without a household needs none.</summary>
    public static IReadOnlyList<(OccupancyAction Action, string CommandId)> Steps(OccupancyState state, string caseId) => state switch
    {
        OccupancyState.Allocated => [(OccupancyAction.CancelAllocation, caseId)],
        OccupancyState.Occupied => [(OccupancyAction.RequestExit, $"{caseId}-request"), (OccupancyAction.CompleteExit, caseId)],
        OccupancyState.ExitRequested => [(OccupancyAction.CompleteExit, caseId)],
        _ => [],
    };

    /// <summary>Whether <paramref name="action"/> is an exit step that an open case holds back.</summary>
    public static bool IsExitStep(OccupancyAction action) =>
        action is OccupancyAction.RequestExit or OccupancyAction.WithdrawExit or OccupancyAction.CompleteExit or OccupancyAction.CancelAllocation;

    /// <summary>Refuses an exit step while <paramref name="openCase"/> is open for the dwelling, unless the case itself
    /// asks (<see cref="ChangeOccupancy.ExitReviewCase"/>); and, asked by anyone but a case, while a trigger the dwelling
    /// made is still on its way to the book (<paramref name="pending"/>): that trigger opens a case, or adds to the open
    /// one, as soon as it is delivered.</summary>
    public static void Guard(string? openCase, IReadOnlyList<ExitReviewTrigger> pending, ChangeOccupancy command)
    {
        ArgumentNullException.ThrowIfNull(pending);
        ArgumentNullException.ThrowIfNull(command);
        if (!IsExitStep(command.Action))
        {
            return;
        }

        if (openCase is not null && command.ExitReviewCase != openCase)
        {
            throw new ConflictException($"Exit review {openCase} is open for this dwelling: the household leaves or stays by its decision, not by {command.Action}.");
        }

        if (command.ExitReviewCase is null && pending.Count > 0)
        {
            var t = pending[0];
            throw new ConflictException($"An exit-review trigger ({t.Reason}, reference {t.Reference}) is on its way to the estate's book: the household leaves or stays by that review's decision, not by {command.Action}.");
        }
    }
}
