using System.Text.Json;

namespace Anju.Silo.Ingest;

/// <summary>One event as devices send it. Every field nullable so a missing one is reported per event.
/// Payload: <c>estateId</c>, and <c>cameraId</c> (heartbeat) or <c>guardId</c> (+ <c>checkpointId</c>
/// for check-ins; <c>device</c> optional); faults and clears (<c>fault</c>, <c>fault-cleared</c>): <c>facilityId</c> or
/// <c>deviceId</c>, and <c>code</c>.</summary>
public sealed record IngestEventRequest(string? Id, string? Source, DateTimeOffset? Timestamp, string? Kind, JsonElement? Payload);
