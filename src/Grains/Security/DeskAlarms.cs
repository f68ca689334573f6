using Anju.Alarms;

namespace Anju.Security;

/// <summary>The desk's alarms as the command centre's stream carries them.</summary>
internal static class DeskAlarms
{
    /// <summary>Grows by one with every change the book makes: a raise or repeat (count), the acknowledgement, the clear
    /// (and, in <see cref="ToStream"/>, the work order it opened). A cleared alarm never reopens (a new one is raised),
    /// so the sum never goes back.</summary>
    public static long VersionOf(Alarm alarm)
    {
        ArgumentNullException.ThrowIfNull(alarm);
        return alarm.Count + (alarm.AcknowledgedBy is null ? 0 : 1) + (alarm.IsOpen ? 0 : 1);
    }

    /// <summary>One desk alarm for the stream; a camera's alarm is placed in the camera's building when the register knows it.</summary>
    public static StreamAlarm ToStream(Alarm alarm, string estateId, string district, string? estateName, CameraReport? cameras, string? orderId = null)
    {
        ArgumentNullException.ThrowIfNull(alarm);
        var camera = alarm.Type == AlarmType.CameraOffline && alarm.Originator.StartsWith(CameraAlarms.Prefix, StringComparison.Ordinal)
            ? cameras?.Offline.FirstOrDefault(c => c.CameraId == alarm.Originator[CameraAlarms.Prefix.Length..])
            : null;
        return new StreamAlarm(StreamAlarm.IdOf(AlarmSource.Security, estateId, alarm.AlarmId), VersionOf(alarm) + (orderId is null ? 0 : 1), AlarmSource.Security,
            alarm.Type.ToString(), estateId, district, alarm.Severity, alarm.State, alarm.Detail, alarm.RaisedAt,
            alarm.ClearedAt ?? Max(alarm.LastRaisedAt, alarm.AcknowledgedAt))
        {
            EstateName = estateName,
            BuildingId = camera?.BuildingId,
            Originator = alarm.Originator,
            Count = alarm.Count,
            AcknowledgedBy = alarm.AcknowledgedBy,
            AcknowledgedAt = alarm.AcknowledgedAt,
            ClearedAt = alarm.ClearedAt,
            WorkOrderId = orderId,
        };
    }

    /// <summary>The stream's copy of an alarm the desk has just acknowledged (keeping what the desk's report placed).</summary>
    public static StreamAlarm Acknowledged(StreamAlarm held, Alarm alarm)
    {
        ArgumentNullException.ThrowIfNull(held);
        ArgumentNullException.ThrowIfNull(alarm);
        return held with
        {
            Version = Math.Max(held.Version + (held.AcknowledgedBy is null ? 1 : 0), VersionOf(alarm)), State = alarm.State, AcknowledgedBy = alarm.AcknowledgedBy,
            AcknowledgedAt = alarm.AcknowledgedAt, Count = alarm.Count, UpdatedAt = Max(held.UpdatedAt, alarm.AcknowledgedAt),
        };
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset? b) => b is { } x && x > a ? x : a;
}
