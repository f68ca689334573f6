namespace Anju.Facilities;

/// <summary>What a facility is (§3.4 public facilities, §4.7 service facilities). Each type has its own fault codes,
/// clocks and preventive-maintenance schedule (<c>docs/facilities.md</c>).</summary>
[GenerateSerializer]
public enum FacilityType
{
    /// <summary>電梯: a lift (one per car).</summary>
    Lift,

    /// <summary>二次供水水箱: a secondary water-supply tank.</summary>
    WaterTank,

    /// <summary>二次供水水泵: a secondary water-supply pump set.</summary>
    WaterPump,

    /// <summary>公共照明: public lighting (a corridor, a road, a car park).</summary>
    Lighting,

    /// <summary>消防系統: a fire alarm panel, sprinklers, hydrants.</summary>
    FireSystem,

    /// <summary>門禁: access control of a building or gate.</summary>
    AccessControl,

    /// <summary>出入口道閘: a vehicle or pedestrian gate.</summary>
    Gate,

    /// <summary>視頻監控設施: CCTV infrastructure (a camera, a recorder, a link).</summary>
    Cctv,

    /// <summary>垃圾壓縮站: a garbage compression station.</summary>
    GarbageStation,

    /// <summary>無障礙坡道: an accessibility ramp.</summary>
    AccessibilityRamp,

    /// <summary>長者照料室 / 日間照料中心: elderly care.</summary>
    ElderlyCareRoom,

    /// <summary>康復室: rehabilitation.</summary>
    RehabilitationRoom,

    /// <summary>志願者室: volunteers.</summary>
    VolunteerRoom,

    /// <summary>警務室: the police room.</summary>
    PoliceRoom,

    /// <summary>衛生站 / 診所: the clinic.</summary>
    Clinic,

    /// <summary>文化室: the culture room.</summary>
    CultureRoom,
}
