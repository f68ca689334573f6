using Anju.Incidents;

namespace Anju.Facilities;

/// <summary>A fault reported on one facility of an estate. <see cref="Code"/> is one of the facility type's fault
/// codes (<c>trapped-passenger</c>, <c>no-pressure</c>, <c>light-out</c> …, <c>docs/facilities.md</c>);
/// <see cref="Severity"/> defaults to the code's. <see cref="ReportedBy"/> is the signed-in actor, the device or the
/// Open311 client. <see cref="SourceEventId"/> (a device event id, an Open311 request token, a client's command id)
/// makes a repeat harmless.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Facilities.ReportFault")]
public sealed record ReportFault(
    [property: Id(0)] string FacilityId,
    [property: Id(1)] string Code,
    [property: Id(2)] FaultSource Source,
    [property: Id(3)] string ReportedBy,
    [property: Id(4)] string Detail)
{
    [Id(5)] public IncidentSeverity? Severity { get; init; }

    [Id(6)] public string? SourceEventId { get; init; }

    /// <summary>The dwelling the reporter lives in or reported from, if any.</summary>
    [Id(7)] public string? DwellingId { get; init; }

    /// <summary>The alarm that opened the order (a camera offline, a trapped lift), noted on the order when it clears.</summary>
    [Id(8)] public string? AlarmId { get; init; }

    /// <summary>Registered first when <see cref="FacilityId"/> is not in the register: a camera the camera register
    /// knows but the facility register does not, when its offline alarm opens a CCTV order.</summary>
    [Id(9)] public Facility? RegisterIfMissing { get; init; }
}
