using System.Text.Json;
using Anju.Common;
using Anju.Errors;
using Anju.Security;

namespace Anju.Silo.Ingest;

/// <summary>Turns one device event into a typed event for an estate, or the reason it is rejected.</summary>
public static class IngestEventParser
{
    public static (string EstateId, DeviceEvent Event)? Parse(IngestEventRequest? request, out string? reason)
    {
        reason = Check(request);
        if (reason is not null)
        {
            return null;
        }

        var kind = Kind(request!.Kind)!.Value;
        var payload = request.Payload!.Value;
        var estateId = Text(payload, "estateId");
        var subjectField = kind == DeviceEventKind.Heartbeat ? "cameraId" : "guardId";
        var subject = Text(payload, subjectField);
        var checkpoint = Text(payload, "checkpointId");
        reason = !IsId(estateId) ? "payload.estateId is missing or not an id"
            : !IsId(subject) ? $"payload.{subjectField} is missing or not an id"
            : kind == DeviceEventKind.CheckIn && !IsId(checkpoint) ? "payload.checkpointId is missing or not an id"
            : null;
        return reason is null
            ? (estateId!, new DeviceEvent(request.Id!, request.Source!, request.Timestamp!.Value, kind, subject!, checkpoint, Text(payload, "device")))
            : null;
    }

    private static string? Check(IngestEventRequest? r) =>
        r is null ? "the event is not an object"
        : string.IsNullOrWhiteSpace(r.Id) || r.Id.Length > 100 ? "id is required (at most 100 characters)"
        : string.IsNullOrWhiteSpace(r.Source) || r.Source.Length > 100 ? "source is required (at most 100 characters)"
        : r.Timestamp is null ? "timestamp is required"
        : Kind(r.Kind) is null ? "kind must be one of heartbeat, checkin, clock-in, clock-out"
        : r.Payload is not { ValueKind: JsonValueKind.Object } ? "payload must be an object"
        : null;

    private static DeviceEventKind? Kind(string? kind) => kind?.ToLowerInvariant() switch
    {
        "heartbeat" => DeviceEventKind.Heartbeat,
        "checkin" or "check-in" => DeviceEventKind.CheckIn,
        "clock-in" or "clockin" => DeviceEventKind.ClockIn,
        "clock-out" or "clockout" => DeviceEventKind.ClockOut,
        _ => null,
    };

    private static string? Text(JsonElement payload, string name) =>
        payload.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool IsId(string? value)
    {
        try
        {
            Validate.Id("id", value);
            return true;
        }
        catch (ValidationException)
        {
            return false;
        }
    }
}
