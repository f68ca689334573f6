using Anju.Demo.Api;

namespace Anju.Demo.City;

/// <summary>One row of the onboarding CSV: a dwelling with its estate, zone, grid and building repeated.</summary>
public sealed record CityRow(
    string EstateId, string EstateName, string District, string Street, double EstateFloorArea,
    string? ZoneId, string? ZoneName,
    string GridId, string GridName,
    string BuildingId, string BuildingName, int Floors,
    string DwellingId, int Unit, int Floor, string Number, double FloorArea,
    TenureType Tenure, decimal? OwnedShare,
    OccupancyState InitialState, CityHousehold? Household, DateOnly? LastReviewedOn);

/// <summary>The household living in (or allocated) a generated dwelling.</summary>
public sealed record CityHousehold(int Size, string HeadOfHousehold, SpecialGroups SpecialGroups, SecondAddressRegistration SecondAddressRegistration);
