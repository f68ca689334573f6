using Microsoft.Extensions.Logging;

namespace Anju.Facilities;

/// <summary>What a work order tells others after a change, the change being durable already: its summary to its
/// estate's facilities grain and its queue (a failure is retried by the next reminder tick), and its overdue alarm
/// (<see cref="WorkOrderAlarm"/>) to its district's alarm stream without waiting, so a stream that is down never fails
/// a command. The tick re-sends an open alarm, which is how a restarted stream gets it back. Answers whether what a
/// closed order still owes others once is delivered (<see cref="Money.PublicAccountCharge"/>, its charge to the estate's
/// public-revenue account; <see cref="Contracts.Scorecard.OrderScoreReport"/>, its line on the contract's scorecard): until
/// both are, the order keeps its reminder and the tick sends again.</summary>
internal static class WorkOrderReports
{
    public static async Task<bool> SendAsync(IGrainFactory grains, ILogger log, WorkOrderState state, bool tick)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(state);
        var summary = state.Summary!;
        if (WorkOrderAlarm.Of(summary, state.History, state.Facility) is { } alarm && (alarm.IsOpen || !tick))
        {
            new AlarmReports(grains, log, summary.EstateId).Send(alarm.District, [alarm]);
        }

        try
        {
            await Task.WhenAll(
                grains.GetGrain<IEstateFacilitiesGrain>(Keys.EstateFacilities(summary.EstateId)).ReportOrderAsync(summary),
                grains.GetGrain<IWorkQueueGrain>(Keys.WorkQueue(summary.Route.QueueId)).ReportAsync(summary));
        }
        catch (Exception ex)
        {
            log.LogWarning(ex, "Work order {OrderId} could not report; the clock retries", summary.OrderId);
        }

        // Both are attempted every time (neither waits for the other); the clock stops only when both are delivered.
        var charged = await Money.PublicAccountCharge.SendAsync(grains, log, state);
        var scored = await Contracts.Scorecard.OrderScoreReport.SendAsync(grains, log, summary);
        var rated = await Community.RatingReport.SendAsync(grains, log, summary);
        return charged && scored && rated;
    }
}
