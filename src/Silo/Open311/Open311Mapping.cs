using Anju.Errors;
using Anju.Incidents;

namespace Anju.Silo.Open311;

/// <summary>Maps between GeoReport v2 and incidents.</summary>
public static class Open311Mapping
{
    /// <summary>A new case from the spec's parameters, placed at <paramref name="estateId"/> (the request's
    /// attribute[estate_id], or the estate its position or address falls to: <see cref="EstateLocator"/>). The request
    /// needs lat/long or address_string (the spec's location requirement). <paramref name="category"/> overrides the
    /// service code's (a fault-service request that names no facility is a <see cref="IncidentCategory.Facility"/> case).</summary>
    public static FileIncident Command(Open311Input input, string estateId, IncidentCategory? category = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        category ??= Open311Catalogue.Category(input["service_code"]);
        var (lat, lon, address) = Where(input);

        var severity = input.Attribute("severity") is { } s
            ? Enum.TryParse<IncidentSeverity>(s, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(s, out _)
                ? parsed
                : throw new ValidationException("attribute[severity]", "attribute[severity] must be critical, major, minor or info.")
            : IncidentSeverity.Minor;
        var name = string.Join(' ', new[] { input["last_name"], input["first_name"] }.Where(n => n is not null));
        return new FileIncident(category.Value, severity, IncidentSource.Open311,
            new IncidentLocation(estateId, input.Attribute("grid_id"), input.Attribute("building_id"), input.Attribute("dwelling_id"), address, lat, lon),
            input["description"] ?? throw new ValidationException("description", "description is required."),
            "open311")
        {
            Reporter = new ReporterContact(name.Length > 0 ? name : null, input["phone"], input["email"]),
            Attachments = input["media_url"] is { } url ? [url] : [],
        };
    }

    /// <summary>The request's location: lat and long, or address_string, or both; one of them is required.</summary>
    public static (double? Lat, double? Long, string? Address) Where(Open311Input input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (lat, lon, address) = (input.Number("lat"), input.Number("long"), input["address_string"]);
        return address is null && (lat is null || lon is null)
            ? throw new ValidationException("address_string", "A request needs a location: lat and long, or address_string.")
            : (lat, lon, address);
    }

    public static Open311Request Request(IncidentSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var c = snapshot.Summary;
        var last = snapshot.History.LastOrDefault(h => h.Note is not null || h.Reason is not null);
        return new Open311Request(
            c.IncidentId,
            IncidentLifecycle.IsOpen(c.Status) ? "open" : "closed",
            last is null ? $"{c.Status}" : $"{c.Status}: {last.Note ?? last.Reason}",
            Open311Catalogue.Name(c.Category),
            Open311Catalogue.Code(c.Category),
            c.Description,
            c.Agency,
            Notice(snapshot.Route),
            c.CreatedAt,
            c.UpdatedAt,
            c.Deadlines.ResolveBy,
            c.Location.Address,
            c.Location.Lat,
            c.Location.Long,
            snapshot.Attachments.Count > 0 ? snapshot.Attachments[0] : null);
    }

    public static string Notice(IncidentRoute route) => $"Handled by {route.Handler}; lead unit {route.Lead} ({route.Basis}).";

    public static object Discovery(string url) => new
    {
        changeset = "2026-11-28T00:00:00Z",
        contact = "Anju 安居 — Guangzhou affordable-housing estates incident desk",
        key_service = "No API key is needed to read; requests are placed by attribute[estate_id].",
        endpoints = new[]
        {
            new { specification = "http://wiki.open311.org/GeoReport_v2", url, changeset = "2026-11-28T00:00:00Z", type = "production", formats = new[] { "application/json" } },
        },
    };
}
