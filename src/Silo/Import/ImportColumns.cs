namespace Anju.Silo.Import;

/// <summary>The columns of the onboarding CSV (README.md), in the order files are written.</summary>
public static class ImportColumns
{
    public const string EstateId = "estateId";
    public const string EstateName = "estateName";
    public const string District = "district";
    public const string Street = "street";
    public const string EstateFloorArea = "estateFloorArea";
    public const string EstateLat = "estateLat";
    public const string EstateLong = "estateLong";
    public const string ZoneId = "zoneId";
    public const string ZoneName = "zoneName";
    public const string GridId = "gridId";
    public const string GridName = "gridName";
    public const string BuildingId = "buildingId";
    public const string BuildingName = "buildingName";
    public const string Floors = "floors";
    public const string DwellingId = "dwellingId";
    public const string Unit = "unit";
    public const string Floor = "floor";
    public const string Number = "number";
    public const string FloorArea = "floorArea";
    public const string Tenure = "tenure";
    public const string OwnedShare = "ownedShare";
    public const string InitialState = "initialState";
    public const string HouseholdSize = "householdSize";
    public const string HeadOfHousehold = "headOfHousehold";
    public const string SpecialGroups = "specialGroups";
    public const string SecondAddressRegistration = "secondAddressRegistration";
    public const string LastReviewedOn = "lastReviewedOn";

    /// <summary>Columns a header may leave out: the estate's location (WGS-84), which can also be set later through
    /// <c>PUT /api/estates/{id}/location</c>.</summary>
    public static IReadOnlyList<string> Optional { get; } = [EstateLat, EstateLong];

    public static IReadOnlyList<string> All { get; } =
    [
        EstateId, EstateName, District, Street, EstateFloorArea, EstateLat, EstateLong, ZoneId, ZoneName, GridId, GridName,
        BuildingId, BuildingName, Floors, DwellingId, Unit, Floor, Number, FloorArea, Tenure, OwnedShare,
        InitialState, HouseholdSize, HeadOfHousehold, SpecialGroups, SecondAddressRegistration, LastReviewedOn,
    ];
}
