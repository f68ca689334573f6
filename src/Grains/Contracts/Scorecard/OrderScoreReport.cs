using Anju.Facilities;
using Microsoft.Extensions.Logging;

namespace Anju.Contracts.Scorecard;

/// <summary>A closed work order routed to a contract tells the contract's scorecard (a cancelled one is not counted).
/// Called on every report of the order; the scorecard takes each order once, so a repeat is harmless.</summary>
internal static class OrderScoreReport
{
    /// <summary>True when nothing is owed (open, cancelled, or the housing office's own queue) or the scorecard has it;
    /// false when it must be tried again (the order's clock retries).</summary>
    public static async Task<bool> SendAsync(IGrainFactory grains, ILogger log, WorkOrderSummary order)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(order);
        if (order.Status != WorkOrderStatus.Closed || order.Route.ContractId is not { } contractId)
        {
            return true;
        }

        try
        {
            await grains.GetGrain<IContractScorecardGrain>(Keys.Scorecard(contractId)).RecordOrderAsync(order);
            return true;
        }
        catch (Exception ex)
        {
            log.LogWarning(ex, "Work order {OrderId} could not reach the scorecard of contract {ContractId}; the clock retries", order.OrderId, contractId);
            return false;
        }
    }
}
