namespace Anju.Estates;

/// <summary>A point on the map (WGS-84 degrees): where an estate stands, where a report was made.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Estates.GeoPoint")]
public sealed record GeoPoint([property: Id(0)] double Lat, [property: Id(1)] double Long);
