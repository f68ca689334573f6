using Anju.Dwellings;
using Anju.Estates;
using Anju.Residency;

namespace Anju.Silo.Import;

/// <summary>One data row with every cell parsed to its type; rule checks come later.</summary>
public sealed record ParsedRow(
    int Row,
    string EstateId, string EstateName, string District, string Street, double EstateFloorArea,
    string? ZoneId, string? ZoneName,
    string GridId, string GridName,
    string BuildingId, string BuildingName, int Floors,
    string DwellingId, int Unit, int Floor, string Number, double FloorArea,
    TenureType Tenure, decimal? OwnedShare,
    OccupancyState InitialState, Household? Household, DateOnly? LastReviewedOn)
{
    /// <summary>Where the estate stands, when the file says (both <c>estateLat</c> and <c>estateLong</c>).</summary>
    public GeoPoint? EstateLocation { get; init; }
}
