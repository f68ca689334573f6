namespace Anju.Silo.Api;

/// <summary>A new case. Every field nullable so a missing one is reported by name; nested fields with a dot
/// (<c>location.estateId</c>).</summary>
public sealed record FileIncidentRequest(
    string? Category, string? Severity, string? Source, LocationRequest? Location, string? Description,
    ReporterRequest? Reporter, IReadOnlyList<string>? Attachments, string? DeviceId, string? AlarmType);

public sealed record LocationRequest(string? EstateId, string? GridId, string? BuildingId, string? DwellingId, string? Address, double? Lat, double? Long);

public sealed record ReporterRequest(string? Name, string? Phone, string? Email);

/// <summary>One step on a case. The expected version comes here or in an <c>If-Match</c> header. The actor is the
/// signed-in caller and the approver their post (<see cref="Anju.Access.ApproverRules"/>): no field claims either.</summary>
public sealed record IncidentActionRequest(
    string? Action, long? ExpectedVersion, string? Reason, string? Assignee, string? Note, int? Rating,
    double? ExtensionHours);
