namespace Anju.Demo.Api;

/// <summary>A new case as <c>POST /api/incidents</c> takes it.</summary>
public sealed record FileIncidentBody(string Category, string Severity, string Source, IncidentPlace Location, string Description);

/// <summary>Where a case is: the estate, and a grid when known.</summary>
public sealed record IncidentPlace(string EstateId, string? GridId = null);

/// <summary>One step as <c>POST /api/incidents/{id}/actions</c> takes it. The silo takes the actor from the signed-in
/// account and the approver of a send-back, void or extension from that account's post.</summary>
public sealed record IncidentStepBody(string Action, long ExpectedVersion, string? Reason = null, string? Note = null, int? Rating = null);

/// <summary>The part of a case snapshot the driver reads.</summary>
public sealed record IncidentView(IncidentViewSummary Summary);

/// <summary>Id, version and status of a case.</summary>
public sealed record IncidentViewSummary(string IncidentId, long Version, string Status);
