
namespace Anju.Estates;

/// <summary>Places on the map: a point's validity, the distance between two points, and the estate a position falls
/// to (pure).</summary>
public static class GeoRules
{
    private const double EarthRadiusMetres = 6_371_008.8;

    /// <summary>The point, when it is one: latitude within ±90°, longitude within ±180°, both finite.</summary>
    public static GeoPoint Validate(GeoPoint? point, string latField = "lat", string longField = "long")
    {
        if (point is null)
        {
            throw new ValidationException(latField, $"{latField} and {longField} are required.");
        }

        if (!double.IsFinite(point.Lat) || point.Lat is < -90 or > 90)
        {
            throw new ValidationException(latField, $"{latField} must be a latitude between -90 and 90 degrees.");
        }

        return double.IsFinite(point.Long) && point.Long is >= -180 and <= 180
            ? point
            : throw new ValidationException(longField, $"{longField} must be a longitude between -180 and 180 degrees.");
    }

    /// <summary>Great-circle distance in metres (haversine; under 0.5 % off the ellipsoid, plenty within a city).</summary>
    public static double DistanceMetres(GeoPoint a, GeoPoint b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        static double Radians(double degrees) => degrees * Math.PI / 180;
        var dLat = Radians(b.Lat - a.Lat);
        var dLong = Radians(b.Long - a.Long);
        var h = Math.Pow(Math.Sin(dLat / 2), 2) + Math.Cos(Radians(a.Lat)) * Math.Cos(Radians(b.Lat)) * Math.Pow(Math.Sin(dLong / 2), 2);
        return 2 * EarthRadiusMetres * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    /// <summary>The located estate nearest to <paramref name="point"/> within <paramref name="withinMetres"/>, or null when
    /// none is that close. Ties go to the lower id, so the answer does not depend on the order estates are listed.</summary>
    public static (string EstateId, double Metres)? Nearest(IEnumerable<(string EstateId, GeoPoint Location)> estates, GeoPoint point, double withinMetres) =>
        estates
            .Select(e => (e.EstateId, Metres: DistanceMetres(e.Location, point)))
            .Where(e => e.Metres <= withinMetres)
            .OrderBy(e => e.Metres).ThenBy(e => e.EstateId, StringComparer.Ordinal)
            .Select(e => ((string, double)?)(e.EstateId, e.Metres))
            .FirstOrDefault();
}
