using Anju.Alarms;
using Microsoft.Extensions.Logging;

namespace Anju.Facilities;

/// <summary>Sends the facilities grain's alarms to its district's stream without waiting: a stream that is missing or
/// slow never fails a fault (the grain's tick re-sends every open alarm).</summary>
internal sealed class AlarmReports(IGrainFactory grains, ILogger log, string estateId)
{
    public void Send(string? district, IReadOnlyList<StreamAlarm> alarms)
    {
        if (alarms.Count == 0 || district is null)
        {
            return;
        }

        try
        {
            grains.GetGrain<IAlarmStreamGrain>(Keys.AlarmStream(district)).ReportManyAsync(alarms).ContinueWith(
                t => log.LogWarning(t.Exception, "Estate {EstateId} could not report {Count} alarms to the stream; the tick re-sends them", estateId, alarms.Count),
                CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default).Ignore();
        }
        catch (ArgumentException ex)
        {
            log.LogWarning(ex, "Estate {EstateId} has no alarm stream to report {Count} alarms to; the tick re-sends them", estateId, alarms.Count);
        }
    }
}
