using Anju.Errors;
using Anju.Incidents;

namespace Anju.Silo.Open311;

/// <summary>Services are incident categories: <c>parking</c> ↔ <see cref="IncidentCategory.Parking"/>. Each takes the
/// attributes that place a request in an estate (estate_id required; grid, building, dwelling optional) and its severity.</summary>
public static class Open311Catalogue
{
    private static readonly Dictionary<IncidentCategory, (string Name, string Description, string Group, string Keywords)> Texts = new()
    {
        [IncidentCategory.Complaint] = ("舉報投訴 Complaint or report", "A complaint or report about the estate or its services (§3.2).", "community", "complaint,report,投訴"),
        [IncidentCategory.Dispute] = ("矛盾糾紛 Neighbour dispute", "A dispute between neighbours or with the property company, for mediation (§4.3).", "community", "dispute,mediation,糾紛"),
        [IncidentCategory.Security] = ("治安 Security", "Public order or safety (§5.2).", "safety", "security,safety,治安"),
        [IncidentCategory.IllegalStructure] = ("違章建築 Illegal structure", "An illegal structure (§4.8).", "environment", "illegal structure,違建"),
        [IncidentCategory.Parking] = ("車輛停放 Parking", "Vehicles parked out of order (§4.8).", "environment", "parking,車輛"),
        [IncidentCategory.Pets] = ("寵物 Pets", "Pet management (§4.8).", "environment", "pets,dogs,寵物"),
        [IncidentCategory.GarbageSorting] = ("垃圾分類 Garbage sorting", "Garbage sorting and collection (§4.8).", "environment", "garbage,recycling,垃圾"),
        [IncidentCategory.Environment] = ("環境 Greening and cleanliness", "Greening, cleanliness and the shared environment (§4.8).", "environment", "greening,clean,綠化"),
        [IncidentCategory.Facility] = ("公共設施 Public facility", "A fault in a public facility: lift, pump, lighting, access (§3.4).", "facilities", "lift,light,pump,設施"),
        [IncidentCategory.Welfare] = ("民生 Welfare", "A household needing welfare, care or assistance (§5.1).", "community", "welfare,care,民生"),
    };

    public static IReadOnlyList<Open311Service> Services { get; } =
        [.. Enum.GetValues<IncidentCategory>().Select(c => new Open311Service(Code(c), Texts[c].Name, Texts[c].Description, true, "realtime", Texts[c].Keywords, Texts[c].Group))];

    /// <summary>The attributes every service takes.</summary>
    public static IReadOnlyList<Open311Attribute> Attributes { get; } =
    [
        new(true, "estate_id", "string", true, "An estate id, e.g. TH-0001", 1, "The estate (小區) the request is in. Required: requests are handled in the estate's grid workflow."),
        new(true, "grid_id", "string", false, "A grid id of that estate, e.g. G01", 2, "The grid (網格), when known."),
        new(true, "building_id", "string", false, "A building id of that estate", 3, "The building (樓棟), when known."),
        new(true, "dwelling_id", "string", false, "A dwelling id, e.g. 3-2-1501", 4, "The dwelling (住房), when known."),
        new(true, "severity", "singlevaluelist", false, "One of the keys; minor when absent", 5, "How serious it is.",
            [new("critical", "Critical 緊急"), new("major", "Major 重大"), new("minor", "Minor 一般"), new("info", "Info 信息")]),
    ];

    public static string Code(IncidentCategory category) =>
        string.Concat(category.ToString().Select((ch, i) => char.IsUpper(ch) && i > 0 ? $"-{char.ToLowerInvariant(ch)}" : char.ToLowerInvariant(ch).ToString()));

    public static string Name(IncidentCategory category) => Texts[category].Name;

    /// <summary>The category of a service code, or a <see cref="ValidationException"/> on <c>service_code</c>.</summary>
    public static IncidentCategory Category(string? code) =>
        Enum.GetValues<IncidentCategory>().FirstOrDefault(c => Code(c) == code) is var found && code is not null && Code(found) == code
            ? found
            : throw new ValidationException("service_code", $"service_code '{code}' is not one of {string.Join(", ", Services.Select(s => s.ServiceCode))}.");
}
