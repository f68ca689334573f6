using Anju.Alarms;
using Anju.Facilities;
using Microsoft.Extensions.Logging;

namespace Anju.Security;

/// <summary>A camera offline longer than <see cref="AlarmOptions.CameraOrderAfter"/> opens a <c>camera-offline</c> CCTV
/// work order (registering the camera as a facility when the register lacks it), once per alarm; the alarm clearing is
/// noted on the order. Runs in the desk's tick; a facilities grain that fails is tried again a minute later, and never
/// fails the desk. At most <see cref="PerTick"/> orders open in one tick: when a whole estate's video system went
/// dark, a tick that opened an order for each of its 100 cameras in turn held the desk for minutes behind a busy
/// district queue, and guard registrations and check-ins to the desk timed out meanwhile.</summary>
internal sealed class CameraOrders(IGrainFactory grains, string estateId, TimeSpan after, ILogger log)
{
    public const string Code = "camera-offline";

    /// <summary>Most orders one tick opens; the rest open in the ticks after it.</summary>
    public const int PerTick = 10;
    private static readonly TimeSpan RetryAfter = TimeSpan.FromMinutes(1);
    private DateTimeOffset _retryAt = DateTimeOffset.MinValue;

    private IEstateFacilitiesGrain Facilities => grains.GetGrain<IEstateFacilitiesGrain>(Keys.EstateFacilities(estateId));

    /// <summary>Opens the orders due and notes the clears due; true when the desk's record of them changed.</summary>
    public async Task<bool> RunAsync(SecurityDeskState desk, CameraReport cameras, DateTimeOffset now)
    {
        if (now < _retryAt)
        {
            return false;
        }

        var changed = Forget(desk);
        try
        {
            foreach (var alarm in Due(desk, now).Take(PerTick))
            {
                var cameraId = alarm.Originator[CameraAlarms.Prefix.Length..];
                var camera = cameras.Offline.FirstOrDefault(c => c.CameraId == cameraId);
                var id = StreamAlarm.IdOf(AlarmSource.Security, estateId, alarm.AlarmId);
                var order = await Facilities.ReportFaultAsync(new ReportFault(cameraId, Code, FaultSource.Alarm, "system", alarm.Detail)
                {
                    AlarmId = id, SourceEventId = id,
                    RegisterIfMissing = new Facility(cameraId, FacilityType.Cctv, string.IsNullOrWhiteSpace(camera?.Location) ? cameraId : camera.Location, camera?.BuildingId, null, null),
                });
                desk.AlarmOrders[alarm.AlarmId] = new AlarmOrder(order.Summary.OrderId, false);
                changed = true;
            }

            foreach (var (alarmId, order) in desk.AlarmOrders.Where(o => !o.Value.ClearNoted && desk.Alarms.Any(a => a.AlarmId == o.Key && !a.IsOpen)).ToList())
            {
                await Facilities.AlarmClearedAsync(StreamAlarm.IdOf(AlarmSource.Security, estateId, alarmId), "system");
                desk.AlarmOrders[alarmId] = order with { ClearNoted = true };
                changed = true;
            }
        }
        catch (Exception ex)
        {
            _retryAt = now + RetryAfter;
            log.LogWarning(ex, "Security desk {EstateId} could not reach its facilities for a camera's work order; trying again in {Retry}", estateId, RetryAfter);
        }

        return changed;
    }

    private IEnumerable<Alarm> Due(SecurityDeskState desk, DateTimeOffset now) =>
        desk.Alarms.Where(a => a.IsOpen && a.Type == AlarmType.CameraOffline && a.Originator.StartsWith(CameraAlarms.Prefix, StringComparison.Ordinal)
            && now - a.RaisedAt >= after && !desk.AlarmOrders.ContainsKey(a.AlarmId)).ToList();

    /// <summary>Orders of alarms the desk no longer keeps, their clearing noted, are forgotten.</summary>
    private static bool Forget(SecurityDeskState desk)
    {
        var gone = desk.AlarmOrders.Where(o => o.Value.ClearNoted && !desk.Alarms.Any(a => a.AlarmId == o.Key)).Select(o => o.Key).ToList();
        gone.ForEach(k => desk.AlarmOrders.Remove(k));
        return gone.Count > 0;
    }
}
