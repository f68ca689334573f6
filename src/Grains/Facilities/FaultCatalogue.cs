using Anju.Incidents;

namespace Anju.Facilities;

/// <summary>One fault code: the facility types it applies to (null: any), its default severity, how far an open order
/// for it takes the facility down, and whether a device reporting it raises an alarm.</summary>
internal sealed record FaultCode(string Code, FacilityType[]? Types, IncidentSeverity Severity, FacilityStatus Impact, bool Alarm = false)
{
    public bool AppliesTo(FacilityType type) => Types is null || Types.Contains(type);
}

/// <summary>The fault codes per facility type (docs/facilities.md). A code not in the catalogue, or not of the
/// facility's type, is refused naming the field <c>code</c>.</summary>
internal static class FaultCatalogue
{
    public const string TrappedPassenger = "trapped-passenger";
    public const string Maintenance = "maintenance";
    public const string CameraOffline = "camera-offline";

    public static IReadOnlyList<FaultCode> All { get; } =
    [
        new(TrappedPassenger, [FacilityType.Lift], IncidentSeverity.Critical, FacilityStatus.OutOfService, Alarm: true),
        new("lift-stopped", [FacilityType.Lift], IncidentSeverity.Major, FacilityStatus.OutOfService),
        new("lift-fault", [FacilityType.Lift], IncidentSeverity.Minor, FacilityStatus.Degraded),
        new("no-pressure", [FacilityType.WaterPump], IncidentSeverity.Major, FacilityStatus.OutOfService, Alarm: true),
        new("no-water", [FacilityType.WaterPump, FacilityType.WaterTank], IncidentSeverity.Major, FacilityStatus.OutOfService),
        new("water-quality", [FacilityType.WaterTank], IncidentSeverity.Major, FacilityStatus.Degraded),
        new("leak", [FacilityType.WaterPump, FacilityType.WaterTank], IncidentSeverity.Minor, FacilityStatus.Degraded),
        new("light-out", [FacilityType.Lighting], IncidentSeverity.Minor, FacilityStatus.Degraded),
        new("fire-alarm", [FacilityType.FireSystem], IncidentSeverity.Critical, FacilityStatus.Degraded, Alarm: true),
        new("fire-fault", [FacilityType.FireSystem], IncidentSeverity.Major, FacilityStatus.Degraded),
        new("door-fault", [FacilityType.AccessControl, FacilityType.Gate], IncidentSeverity.Minor, FacilityStatus.Degraded),
        new(CameraOffline, [FacilityType.Cctv], IncidentSeverity.Major, FacilityStatus.OutOfService),
        new("damaged", null, IncidentSeverity.Minor, FacilityStatus.Degraded),
        new("out-of-service", null, IncidentSeverity.Major, FacilityStatus.OutOfService),
    ];

    /// <summary>Preventive orders' code: no fault, so the facility stays in service.</summary>
    public static FaultCode Preventive { get; } = new(Maintenance, null, IncidentSeverity.Info, FacilityStatus.InService);

    private static readonly Dictionary<string, FaultCode> ByCode = All.Append(Preventive).ToDictionary(c => c.Code, StringComparer.Ordinal);

    /// <summary>The codes a facility of <paramref name="type"/> may report (preventive excluded).</summary>
    public static IReadOnlyList<string> CodesOf(FacilityType type) => [.. All.Where(c => c.AppliesTo(type)).Select(c => c.Code)];

    /// <summary>The code if known (any type), else null.</summary>
    public static FaultCode? Find(string? code) => code is not null && ByCode.TryGetValue(code, out var found) ? found : null;

    /// <summary>The fault code of a report on a facility of <paramref name="type"/>; a <see cref="ValidationException"/>
    /// naming <c>code</c> when it is unknown or belongs to another type.</summary>
    public static FaultCode Of(FacilityType type, string? code)
    {
        var found = Find(code?.Trim());
        return found is not null && found.AppliesTo(type) && found.Code != Maintenance
            ? found
            : throw new ValidationException("code", $"code must be one of {string.Join(", ", CodesOf(type))} for a {type}.");
    }

    /// <summary>The impact on the facility of an open order with this code (unknown codes: degraded).</summary>
    public static FacilityStatus ImpactOf(string code) => Find(code)?.Impact ?? FacilityStatus.Degraded;

    /// <summary>Whether a device reporting this code raises an alarm on the command centre's stream.</summary>
    public static bool IsAlarm(string code) => Find(code)?.Alarm == true;
}
