using Anju.Demo.City;

namespace Anju.Demo.Facilities;

/// <summary>
/// The demo city's facility register, drawn from the generated city itself so it names the estates' real buildings,
/// zones and grids: in every building a lift per unit (梯), corridor lighting and an access-control door; a pump room
/// and a roof tank per service zone (or per estate without zones); and per estate a fire alarm panel, two gates, the
/// CCTV centre, a garbage compression station, an accessibility ramp and the community rooms (§4.7). Deterministic:
/// the same city gives the same register.
/// </summary>
public static class FacilityPlan
{
    private static readonly (string Id, string Type, string Name)[] EstateWide =
    [
        ("FS-1", "FireSystem", "消防报警主机"), ("GT-1", "Gate", "东门道闸"), ("GT-2", "Gate", "南门道闸"), ("CCTV-1", "Cctv", "监控中心"),
        ("GS-1", "GarbageStation", "垃圾压缩站"), ("RP-1", "AccessibilityRamp", "主入口无障碍坡道"), ("RM-ELDER", "ElderlyCareRoom", "长者饭堂"),
        ("RM-REHAB", "RehabilitationRoom", "康复室"), ("RM-VOL", "VolunteerRoom", "志愿者之家"), ("RM-POLICE", "PoliceRoom", "警务室"),
        ("RM-CLINIC", "Clinic", "社区卫生服务站"), ("RM-CULTURE", "CultureRoom", "文化室"),
    ];

    /// <summary>The lift of a building's unit (its id is also its controller's device id).</summary>
    public static string Lift(string buildingId, int unit) => $"L-{buildingId}-{unit}";

    /// <summary>The pump of a zone, or of the estate (<paramref name="zoneId"/> null).</summary>
    public static string Pump(string? zoneId) => $"WP-{zoneId ?? "E"}";

    public static IEnumerable<DemoFacility> For(IEnumerable<CityRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var estate = new List<CityRow>();
        foreach (var row in rows)
        {
            if (estate.Count > 0 && estate[^1].EstateId != row.EstateId)
            {
                foreach (var facility in Estate(estate))
                {
                    yield return facility;
                }

                estate.Clear();
            }

            // One row per building and unit is all the plan needs.
            if (estate.Count == 0 || estate[^1].BuildingId != row.BuildingId || estate[^1].Unit != row.Unit)
            {
                estate.Add(row);
            }
        }

        foreach (var facility in Estate(estate))
        {
            yield return facility;
        }
    }

    private static IEnumerable<DemoFacility> Estate(List<CityRow> units)
    {
        if (units.Count == 0)
        {
            yield break;
        }

        var id = units[0].EstateId;
        foreach (var building in units.GroupBy(u => u.BuildingId))
        {
            var b = building.First();
            foreach (var unit in building.Select(u => u.Unit).Distinct().Order())
            {
                var lift = Lift(b.BuildingId, unit);
                yield return new(id, lift, "Lift", $"{b.BuildingName}{unit}单元电梯", b.BuildingId, b.ZoneId, b.GridId, lift, $"{b.BuildingName}{unit}单元");
            }

            yield return new(id, $"LT-{b.BuildingId}", "Lighting", $"{b.BuildingName}楼道照明", b.BuildingId, b.ZoneId, b.GridId, null, b.BuildingName);
            yield return new(id, $"AC-{b.BuildingId}", "AccessControl", $"{b.BuildingName}单元门禁", b.BuildingId, b.ZoneId, b.GridId, null, $"{b.BuildingName}大堂");
        }

        foreach (var zone in units.Select(u => (u.ZoneId, u.ZoneName)).Distinct())
        {
            var where = zone.ZoneName ?? "小区";
            yield return new(id, Pump(zone.ZoneId), "WaterPump", $"{where}二次供水泵房", null, zone.ZoneId, null, Pump(zone.ZoneId), $"{where}地下泵房");
            yield return new(id, $"WT-{zone.ZoneId ?? "E"}", "WaterTank", $"{where}屋顶水箱", null, zone.ZoneId, null, null, $"{where}水箱间");
        }

        foreach (var (facilityId, type, name) in EstateWide)
        {
            yield return new(id, facilityId, type, name, null, null, null, type == "FireSystem" ? facilityId : null, null);
        }
    }
}
