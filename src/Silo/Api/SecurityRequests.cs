namespace Anju.Silo.Api;

/// <summary>Request bodies of the security API: every field nullable so a missing one is reported by name.</summary>
public sealed record GuardRequest(string? GuardId, string? Name, string? ZoneId);

public sealed record ShiftRequest(string? ShiftId, string? GuardId, string? ZoneId, DateTimeOffset? Start, DateTimeOffset? End);

public sealed record ConfirmShiftRequest(string? GuardId);

public sealed record RatioRequest(string? ZoneId, string? Period, int? ResidentsPerGuard);

public sealed record PolicyRequest(IReadOnlyList<RatioRequest>? Ratios, double? GraceMinutes);

public sealed record CheckpointRequest(string? CheckpointId, string? Name);

public sealed record RouteRequest(
    string? RouteId, string? Name, bool? Ordered, IReadOnlyList<CheckpointRequest>? Checkpoints,
    double? RoundIntervalMinutes, double? RoundWindowMinutes);

public sealed record CameraRequest(string? CameraId, string? BuildingId, string? Location, string? Kind);

public sealed record RaiseAlarmRequest(string? Type, string? Severity, string? Originator, string? Detail);

public sealed record ApiKeyRequest(string? Name);

/// <summary>An alarm with the estate it belongs to (city- and district-wide lists).</summary>
public sealed record EstateAlarm(string EstateId, string EstateName, string District, Anju.Security.Alarm Alarm);
