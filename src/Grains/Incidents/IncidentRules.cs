
namespace Anju.Incidents;

/// <summary>Checks a new case's fields, naming the field at fault, and normalises them.</summary>
internal static class IncidentRules
{
    public const int MaxAttachments = 10;

    public static FileIncident Validate(FileIncident command)
    {
        ArgumentNullException.ThrowIfNull(command);
        CheckEnum("category", command.Category);
        CheckEnum("severity", command.Severity);
        CheckEnum("source", command.Source);
        var location = command.Location ?? throw new ValidationException("location.estateId", "location.estateId is required.");
        Common.Validate.Id("location.estateId", location.EstateId);
        var place = location with
        {
            GridId = OptionalId("location.gridId", location.GridId),
            BuildingId = OptionalId("location.buildingId", location.BuildingId),
            DwellingId = OptionalId("location.dwellingId", location.DwellingId),
            Address = Optional("location.address", location.Address, 300),
        };
        if (location.Lat is { } lat && (!double.IsFinite(lat) || lat is < -90 or > 90))
        {
            throw new ValidationException("location.lat", "lat must be between -90 and 90.");
        }

        if (location.Long is { } lon && (!double.IsFinite(lon) || lon is < -180 or > 180))
        {
            throw new ValidationException("location.long", "long must be between -180 and 180.");
        }

        var attachments = command.Attachments ?? [];
        if (attachments.Count > MaxAttachments)
        {
            throw new ValidationException("attachments", $"At most {MaxAttachments} attachments.");
        }

        foreach (var url in attachments)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                throw new ValidationException("attachments", $"'{url}' is not an http(s) URL.");
            }
        }

        var device = Optional("deviceId", command.DeviceId, 64);
        var alarm = Optional("alarmType", command.AlarmType, 64);
        if (command.Source == IncidentSource.Device && (device is null || alarm is null))
        {
            throw new ValidationException(device is null ? "deviceId" : "alarmType", "A device alarm names its deviceId and alarmType.");
        }

        var reporter = command.Reporter is { } r
            ? new ReporterContact(Optional("reporter.name", r.Name, 100), Optional("reporter.phone", r.Phone, 40), Optional("reporter.email", r.Email, 200))
            : null;
        return command with
        {
            Location = place,
            Description = Common.Validate.Text("description", command.Description, 2000),
            Actor = Common.Validate.Text("actor", command.Actor, 100),
            Reporter = reporter,
            Attachments = [.. attachments],
            DeviceId = device,
            AlarmType = alarm,
        };
    }

    /// <summary>The key of a device alarm: one open case per device and alarm type.</summary>
    public static string? AlarmKey(FileIncident command) =>
        command.Source == IncidentSource.Device && command.DeviceId is { } d && command.AlarmType is { } a ? $"{d}|{a}" : null;

    private static void CheckEnum<T>(string field, T value)
        where T : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ValidationException(field, $"{field} must be one of {string.Join(", ", Enum.GetNames<T>())}.");
        }
    }

    private static string? OptionalId(string field, string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : Common.Validate.Id(field, value);

    private static string? Optional(string field, string? value, int max) =>
        string.IsNullOrWhiteSpace(value) ? null : Common.Validate.Text(field, value, max);
}
