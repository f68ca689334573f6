namespace Anju.Silo.Import;

/// <summary>The columns of the facility register CSV (README.md), in the order files are written.</summary>
public static class FacilityColumns
{
    public const string EstateId = "estateId";
    public const string FacilityId = "facilityId";
    public const string Type = "type";
    public const string Name = "name";
    public const string BuildingId = "buildingId";
    public const string ZoneId = "zoneId";
    public const string GridId = "gridId";
    public const string DeviceId = "deviceId";
    public const string Location = "location";
    public const string ManagingUnit = "managingUnit";
    public const string InstalledOn = "installedOn";

    /// <summary>Columns every header names; the others may be left out (every cell empty).</summary>
    public static IReadOnlyList<string> Required { get; } = [EstateId, FacilityId, Type, Name];

    public static IReadOnlyList<string> All { get; } =
        [EstateId, FacilityId, Type, Name, BuildingId, ZoneId, GridId, DeviceId, Location, ManagingUnit, InstalledOn];
}
