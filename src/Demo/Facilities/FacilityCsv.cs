using System.Text;

namespace Anju.Demo.Facilities;

/// <summary>The facility register as the CSV <c>POST /api/import/facilities</c> takes (src/Silo/Import/README.md).</summary>
public static class FacilityCsv
{
    public const string Header = "estateId,facilityId,type,name,buildingId,zoneId,gridId,deviceId,location,managingUnit,installedOn";

    public static byte[] Write(IEnumerable<DemoFacility> facilities)
    {
        ArgumentNullException.ThrowIfNull(facilities);
        var text = new StringBuilder(Header).Append('\n');
        foreach (var f in facilities)
        {
            text.AppendJoin(',', f.EstateId, f.FacilityId, f.Type, f.Name, f.BuildingId, f.ZoneId, f.GridId, f.DeviceId, f.Location, "", "").Append('\n');
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
