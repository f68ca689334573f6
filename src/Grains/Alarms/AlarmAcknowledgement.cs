using Anju.Facilities;
using Anju.Security;

namespace Anju.Alarms;

/// <summary>Routes an acknowledgement to the alarm's owner, found from its id: the estate's security desk, its
/// facilities grain, or (incident escalations and overdue work orders, which have no owner book) the stream's own record.</summary>
internal static class AlarmAcknowledgement
{
    public static async Task<StreamAlarm> RouteAsync(IGrainFactory grains, StreamAlarm? held, AlarmSource source, string estateId, string localId,
        string district, string actor, Func<StreamAlarm, string, Task<StreamAlarm>> acknowledgeEscalation)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(acknowledgeEscalation);
        switch (source)
        {
            case AlarmSource.Security:
                var alarm = await grains.GetGrain<IEstateSecurityGrain>(Keys.EstateSecurity(estateId)).AcknowledgeAlarmAsync(localId, actor);
                return held is null ? DeskAlarms.ToStream(alarm, estateId, district, null, null) : DeskAlarms.Acknowledged(held, alarm);
            case AlarmSource.Facilities:
                return await grains.GetGrain<IEstateFacilitiesGrain>(Keys.EstateFacilities(estateId)).AcknowledgeAlarmAsync(StreamAlarm.IdOf(source, estateId, localId), actor);
            default: // incidents and work orders
                return await acknowledgeEscalation(held ?? throw new NotFoundException("alarm", StreamAlarm.IdOf(source, estateId, localId)), actor);
        }
    }
}
