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
        if (kind is DeviceEventKind.Fault or DeviceEventKind.FaultCleared)
        {
            return Fault(request, kind, estateId, payload, out reason);
        }

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

    /// <summary>A facility controller's fault or clear: the facility by its register id (<c>facilityId</c>), or by the
    /// id its controller sends (<c>deviceId</c>). The event's <see cref="DeviceEvent.Subject"/> is the facility id when
    /// given, else the device id; <see cref="DeviceEvent.Device"/> is the device id when given, so a subject equal to
    /// the device is looked up by device.</summary>
    private static (string EstateId, DeviceEvent Event)? Fault(IngestEventRequest request, DeviceEventKind kind, string? estateId, JsonElement payload, out string? reason)
    {
        var facilityId = Text(payload, "facilityId");
        var deviceId = Text(payload, "deviceId");
        var code = Text(payload, "code");
        reason = !IsId(estateId) ? "payload.estateId is missing or not an id"
            : facilityId is null && deviceId is null ? "payload.facilityId or payload.deviceId is required"
            : facilityId is not null && !IsId(facilityId) ? "payload.facilityId is not an id"
            : deviceId is not null && !IsId(deviceId) ? "payload.deviceId is not an id"
            : !IsId(code) ? "payload.code is missing or not a fault code (e.g. trapped-passenger)"
            : null;
        return reason is null
            ? (estateId!, new DeviceEvent(request.Id!, request.Source!, request.Timestamp!.Value, kind, facilityId ?? deviceId!, null, deviceId) { Code = code })
            : null;
    }

    private static string? Check(IngestEventRequest? r) =>
        r is null ? "the event is not an object"
        : string.IsNullOrWhiteSpace(r.Id) || r.Id.Length > 100 || !Printable(r.Id) ? "id is required (at most 100 printable characters)"
        : string.IsNullOrWhiteSpace(r.Source) || r.Source.Length > 100 || !Printable(r.Source) ? "source is required (at most 100 printable characters)"
        : r.Timestamp is null ? "timestamp is required"
        : r.Timestamp.Value.UtcDateTime.Year is < 2000 or > 2100 ? "timestamp must lie between the years 2000 and 2100"
        : Kind(r.Kind) is null ? "kind must be one of heartbeat, checkin, clock-in, clock-out, fault, fault-cleared"
        : r.Payload is not { ValueKind: JsonValueKind.Object } ? "payload must be an object"
        : null;

    private static DeviceEventKind? Kind(string? kind) => kind?.ToLowerInvariant() switch
    {
        "heartbeat" => DeviceEventKind.Heartbeat,
        "checkin" or "check-in" => DeviceEventKind.CheckIn,
        "clock-in" or "clockin" => DeviceEventKind.ClockIn,
        "clock-out" or "clockout" => DeviceEventKind.ClockOut,
        "fault" => DeviceEventKind.Fault,
        "fault-cleared" or "faultcleared" => DeviceEventKind.FaultCleared,
        _ => null,
    };

    /// <summary>No control characters (PostgreSQL's text refuses NUL) and no half of a surrogate pair (not UTF-8).</summary>
    private static bool Printable(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsControl(value[i]) || (char.IsSurrogate(value[i]) && !char.IsSurrogatePair(value, i++)))
            {
                return false;
            }
        }

        return true;
    }

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
