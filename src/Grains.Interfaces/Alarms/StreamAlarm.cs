using Anju.Security;

namespace Anju.Alarms;

/// <summary>Which capability owns an alarm (and its acknowledgement).</summary>
[GenerateSerializer]
public enum AlarmSource
{
    /// <summary>The estate's security desk: cameras offline, under-staffing, missed checkpoints (<see cref="IEstateSecurityGrain"/>).</summary>
    Security,

    /// <summary>The estate's facilities: device faults (a trapped lift, no pressure, a fire panel) (<see cref="Facilities.IEstateFacilitiesGrain"/>).</summary>
    Facilities,

    /// <summary>Incident escalations: a case that climbed the ladder on a breached clock.</summary>
    Incidents,

    /// <summary>Overdue work orders: an order whose clock ran out, open until its repair is verified or it closes or is
    /// cancelled (<see cref="Facilities.IWorkOrderGrain"/>). Like an escalation, its acknowledgement is kept by the stream.</summary>
    WorkOrders,
}

/// <summary>
/// One alarm as the command centre's stream carries it, whatever capability owns it. <see cref="AlarmId"/> is
/// unique city-wide (<see cref="IdOf"/>: source, estate, the owner's own id); <see cref="Version"/> grows with every
/// change the owner makes, so the stream keeps the newest. <see cref="Type"/> is the owner's type name
/// (<c>CameraOffline</c>, <c>trapped-passenger</c>, <c>escalated</c>, <c>order-overdue</c>), which screens translate.
/// <see cref="Severity"/> is the owner's; the stream raises it with the time an alarm stays unacknowledged.
/// </summary>
[GenerateSerializer, Immutable, Alias("Anju.Alarms.StreamAlarm")]
public sealed record StreamAlarm(
    [property: Id(0)] string AlarmId,
    [property: Id(1)] long Version,
    [property: Id(2)] AlarmSource Source,
    [property: Id(3)] string Type,
    [property: Id(4)] string EstateId,
    [property: Id(5)] string District,
    [property: Id(6)] AlarmSeverity Severity,
    [property: Id(7)] AlarmState State,
    [property: Id(8)] string Detail,
    [property: Id(9)] DateTimeOffset RaisedAt,
    [property: Id(10)] DateTimeOffset UpdatedAt)
{
    [Id(11)] public string? EstateName { get; init; }

    /// <summary>Where in the estate, when known: what groups alarms into one situation.</summary>
    [Id(12)] public string? BuildingId { get; init; }

    [Id(13)] public string? GridId { get; init; }

    /// <summary>The originator inside the estate (a camera, a route, a facility, a case).</summary>
    [Id(14)] public string? Originator { get; init; }

    /// <summary>Occurrences while open.</summary>
    [Id(15)] public int Count { get; init; } = 1;

    [Id(16)] public string? AcknowledgedBy { get; init; }

    [Id(17)] public DateTimeOffset? AcknowledgedAt { get; init; }

    [Id(18)] public DateTimeOffset? ClearedAt { get; init; }

    /// <summary>The work order this alarm opened, if any.</summary>
    [Id(19)] public string? WorkOrderId { get; init; }

    /// <summary>The incident case this alarm is about, if any.</summary>
    [Id(20)] public string? IncidentId { get; init; }

    public bool IsOpen => State != AlarmState.Cleared;

    /// <summary>The city-wide id of an owner's alarm: <c>security:TH-0001:AL-…</c>.</summary>
    public static string IdOf(AlarmSource source, string estateId, string localId) =>
        $"{source.ToString().ToLowerInvariant()}:{estateId}:{localId}";

    /// <summary>Reads source, estate and the owner's id back out of <see cref="IdOf"/>'s form, or null when it is not one.</summary>
    public static (AlarmSource Source, string EstateId, string LocalId)? Parse(string alarmId)
    {
        ArgumentNullException.ThrowIfNull(alarmId);
        var parts = alarmId.Split(':', 3);
        if (parts.Length != 3 || parts[1].Length == 0 || parts[2].Length == 0)
        {
            return null;
        }

        foreach (var source in Enum.GetValues<AlarmSource>())
        {
            if (string.Equals(parts[0], source.ToString().ToLowerInvariant(), StringComparison.Ordinal))
            {
                return (source, parts[1], parts[2]);
            }
        }

        return null;
    }
}
