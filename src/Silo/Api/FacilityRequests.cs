using System.Globalization;
using Anju.Common;
using Anju.Errors;
using Anju.Facilities;
using Anju.Incidents;

namespace Anju.Silo.Api;

/// <summary>One facility of a register request. Every field nullable so a missing one is reported by name.</summary>
public sealed record FacilityRequest(
    string? FacilityId, string? Type, string? Name, string? BuildingId, string? ZoneId, string? GridId, string? DeviceId,
    string? Location, string? ManagingUnit, string? InstalledOn);

/// <summary>A facility's status set by hand, with why.</summary>
public sealed record FacilityStatusRequest(string? Status, string? Reason);

/// <summary>An estate's preventive schedule for one facility type: an order every <c>everyDays</c> days.</summary>
public sealed record ScheduleRequest(string? Type, double? EveryDays);

/// <summary>A fault reported through the API. The reporter is the signed-in caller and the source their post
/// (<see cref="Anju.Access.WorkOrderRules.SourceAt"/>): no field claims either.</summary>
public sealed record ReportFaultRequest(string? FacilityId, string? Code, string? Severity, string? Detail, string? DwellingId, string? CommandId);

/// <summary>Turns facility requests into commands, naming the field at fault.</summary>
public static class FacilityRequests
{
    /// <summary>Facilities registered in one request: an estate's register is built in a few requests.</summary>
    public const int MaxPerRequest = 500;

    /// <summary>The longest preventive period taken (two years).</summary>
    public const double MaxEveryDays = 730;

    public static IReadOnlyList<Facility> Facilities(IReadOnlyList<FacilityRequest?>? body)
    {
        var list = body ?? throw new ValidationException("body", "A JSON array of facilities is required.");
        if (list.Count is 0 or > MaxPerRequest)
        {
            throw new ValidationException("body", $"Send 1 to {MaxPerRequest} facilities per request.");
        }

        return [.. list.Select((f, i) => Facility(f ?? throw new ValidationException($"[{i}]", $"[{i}] must be a facility object."), $"[{i}]."))];
    }

    public static Facility Facility(FacilityRequest f, string prefix = "")
    {
        ArgumentNullException.ThrowIfNull(f);
        return new Facility(
            Validate.Id($"{prefix}facilityId", f.FacilityId),
            Parse.Enum<FacilityType>($"{prefix}type", f.Type),
            Validate.Text($"{prefix}name", f.Name),
            OptionalId($"{prefix}buildingId", f.BuildingId), OptionalId($"{prefix}zoneId", f.ZoneId), OptionalId($"{prefix}gridId", f.GridId))
        {
            DeviceId = OptionalId($"{prefix}deviceId", f.DeviceId),
            Location = Optional($"{prefix}location", f.Location),
            ManagingUnit = Optional($"{prefix}managingUnit", f.ManagingUnit),
            InstalledOn = Date($"{prefix}installedOn", f.InstalledOn),
        };
    }

    public static MaintenanceSchedule Schedule(ScheduleRequest? body)
    {
        var b = body ?? throw new ValidationException("body", "A JSON body is required.");
        var type = Parse.Enum<FacilityType>("type", b.Type);
        var days = Parse.Required("everyDays", b.EveryDays);
        return double.IsFinite(days) && days is >= 1 and <= MaxEveryDays
            ? new MaintenanceSchedule(type, TimeSpan.FromDays(days), "maintenance")
            : throw new ValidationException("everyDays", $"everyDays must be between 1 and {MaxEveryDays}.");
    }

    public static ReportFault Fault(ReportFaultRequest? body, FaultSource source, string actor)
    {
        var b = body ?? throw new ValidationException("body", "A JSON body is required.");
        return new ReportFault(
            Validate.Id("facilityId", b.FacilityId), Validate.Text("code", b.Code, 64), source, actor, Validate.Text("detail", b.Detail, 1000))
        {
            Severity = b.Severity is null ? null : Parse.Enum<IncidentSeverity>("severity", b.Severity),
            DwellingId = OptionalId("dwellingId", b.DwellingId),
            SourceEventId = Validate.CommandId("commandId", b.CommandId),
        };
    }

    public static string? OptionalId(string field, string? value) => string.IsNullOrWhiteSpace(value) ? null : Validate.Id(field, value.Trim());

    private static string? Optional(string field, string? value) => string.IsNullOrWhiteSpace(value) ? null : Validate.Text(field, value);

    private static DateOnly? Date(string field, string? value) =>
        string.IsNullOrWhiteSpace(value) ? null
        : DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : throw new ValidationException(field, $"{field} must be a date (yyyy-MM-dd).");
}
