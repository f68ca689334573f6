using Microsoft.Extensions.Logging;

namespace Anju.Facilities;

/// <summary>What a work order tells others after a change, the change being durable already: its summary to its
/// estate's facilities grain and its queue (a failure is retried by the next reminder tick), and its overdue alarm
/// (<see cref="WorkOrderAlarm"/>) to its district's alarm stream without waiting, so a stream that is down never fails
/// a command. The tick re-sends an open alarm, which is how a restarted stream gets it back. A closed order keeps its
/// clock until the reports it owes once are delivered (<see cref="Contracts.Scorecard.OrderScoreReport"/>).</summary>
internal static class WorkOrderReports
{
    /// <summary>Sends the reports; true when what a closed order owes others once (its scorecard line) is delivered,
    /// so the order's clock may stop (an open order owes nothing yet).</summary>
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

        return await Contracts.Scorecard.OrderScoreReport.SendAsync(grains, log, summary);
    }
}
