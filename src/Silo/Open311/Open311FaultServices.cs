using Anju.Facilities;

namespace Anju.Silo.Open311;

/// <summary>One Open311 service for facility faults: the facility types it covers and the fault code a request takes
/// when it names none.</summary>
public sealed record Open311FaultService(
    string Code, string Name, string Description, string Keywords, FacilityType[]? Types, string DefaultFault, string Example)
{
    public bool Covers(FacilityType type) => Types is null || Types.Contains(type);
}

/// <summary>
/// The facility-fault services (docs/incidents.md): a request that names its facility (<c>attribute[facility_id]</c>),
/// or a building with exactly one facility of the service's types, opens a work order for the contract that governs
/// it; one that does not is filed as a <c>facility</c> incident, as before these services existed.
/// </summary>
public static class Open311FaultServices
{
    public static IReadOnlyList<Open311FaultService> All { get; } =
    [
        new("lift-fault", "電梯故障 Lift fault", "A lift stopped, faulty or with a passenger trapped (§3.4).", "lift,elevator,trapped,電梯",
            [FacilityType.Lift], "lift-fault", "trapped-passenger"),
        new("water-supply", "二次供水 Water supply", "No water, low pressure, a leak or poor water from the estate's tanks and pumps.", "water,pump,tank,pressure,供水",
            [FacilityType.WaterPump, FacilityType.WaterTank], "no-water", "no-pressure"),
        new("lighting", "公共照明 Lighting", "A corridor, road or car-park light out.", "light,lamp,照明",
            [FacilityType.Lighting], "light-out", "light-out"),
        new("fire-safety", "消防設施 Fire safety", "A fire panel, sprinkler or hydrant at fault.", "fire,sprinkler,hydrant,消防",
            [FacilityType.FireSystem], "fire-fault", "fire-alarm"),
        new("access-gate", "門禁道閘 Access and gates", "A building door, access control or gate at fault.", "door,gate,access,門禁",
            [FacilityType.AccessControl, FacilityType.Gate], "door-fault", "door-fault"),
        new("cctv", "視頻監控 CCTV", "A camera or its link out of order.", "camera,cctv,監控",
            [FacilityType.Cctv], "camera-offline", "camera-offline"),
        new("public-facility", "其他公共設施 Other public facility", "Any other public or service facility damaged or out of service (§3.4, §4.7).",
            "ramp,garbage,room,facility,設施", null, "damaged", "out-of-service"),
    ];

    /// <summary>The fault service of a code, or null when the code is not one (an incident category's, perhaps).</summary>
    public static Open311FaultService? Find(string? code) => All.FirstOrDefault(s => s.Code == code);

    /// <summary>The service a facility type's requests come under (the first that covers it by type, else the general one).</summary>
    public static Open311FaultService Of(FacilityType type) => All.FirstOrDefault(s => s.Types?.Contains(type) == true) ?? All[^1];

    public static IReadOnlyList<Open311Service> Services { get; } =
        [.. All.Select(s => new Open311Service(s.Code, s.Name, s.Description, true, "realtime", s.Keywords, "facilities"))];

    /// <summary>The attributes a fault service takes: the incident services' own (a request without a facility becomes an
    /// incident), the facility, and the fault code.</summary>
    public static IReadOnlyList<Open311Attribute> Attributes(Open311FaultService service) =>
    [
        .. Open311Catalogue.Attributes.Select(a => a.Code == "estate_id" ? a with { Required = false, Description = a.Description + " Optional: a request by position or address is placed at the estate it falls to." } : a),
        new(true, "facility_id", "string", false, "A facility id of the estate's register, e.g. L-3-1", 6,
            "The facility at fault: the request then opens a work order for the company that maintains it. Without it, a building with one such facility names it."),
        new(true, "fault_code", "string", false, $"A fault code of the facility's type, e.g. {service.Example}; {service.DefaultFault} when absent", 7,
            "What is wrong (the codes per facility type are in the register's documentation; an unknown one is refused naming attribute[fault_code])."),
    ];
}
