namespace Anju.Alarms;

/// <summary>
/// The command centre's alarm stream of one district (key <see cref="Keys.AlarmStream"/>), or of the whole city
/// (<see cref="Keys.CityAlarmStream"/>, fed by the districts' streams). Owners (the security desk, the facilities
/// grain, incident escalations) report every change of their alarms here; the stream keeps the newest version per
/// alarm, raises severity with unacknowledged time, reminds until acknowledged, groups situations, and publishes its
/// <see cref="AlarmBoard"/> on the live scope <see cref="Live.Scopes.Alarms"/> (or <see cref="Live.Scopes.CityAlarms"/>).
/// The stream derives; acknowledging goes to the owner, which reports the change back.
/// </summary>
[Alias("Anju.Alarms.IAlarmStreamGrain")]
public interface IAlarmStreamGrain : IGrainWithStringKey
{
    /// <summary>An owner's alarm changed; older versions are ignored.</summary>
    [AlwaysInterleave]
    Task ReportAsync(StreamAlarm alarm);

    /// <summary>Several alarms at once (a district stream feeding the city's, an owner re-sending after a restart).</summary>
    [AlwaysInterleave]
    Task ReportManyAsync(IReadOnlyList<StreamAlarm> alarms);

    /// <summary>Acknowledges one of this district's alarms for <paramref name="actor"/>: routed by
    /// <see cref="StreamAlarm.Parse"/> to its owner (the security desk, the facilities grain), or recorded by the stream
    /// itself for incident escalations, which have no owner book. Answers the alarm as acknowledged;
    /// <see cref="Errors.NotFoundException"/> when neither the owner nor the stream knows it.</summary>
    Task<StreamAlarm> AcknowledgeAsync(string alarmId, string actor);

    /// <summary>The board as it stands.</summary>
    [ReadOnly, AlwaysInterleave]
    Task<AlarmBoard> GetBoardAsync();
}
