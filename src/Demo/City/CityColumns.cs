namespace Anju.Demo.City;

/// <summary>The header of the onboarding CSV, as <c>POST /api/import</c> documents it (src/Silo/Import/README.md).</summary>
public static class CityColumns
{
    public static IReadOnlyList<string> All { get; } =
    [
        "estateId", "estateName", "district", "street", "estateFloorArea", "zoneId", "zoneName", "gridId", "gridName",
        "buildingId", "buildingName", "floors", "dwellingId", "unit", "floor", "number", "floorArea", "tenure", "ownedShare",
        "initialState", "householdSize", "headOfHousehold", "specialGroups", "secondAddressRegistration", "lastReviewedOn",
    ];
}
