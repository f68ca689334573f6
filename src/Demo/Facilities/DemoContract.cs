namespace Anju.Demo.Facilities;

/// <summary>A property-service contract of the demo city: one per service zone, or one for an estate without zones;
/// all zones of an estate go to one company (§6.3: one property-rights type, one company).</summary>
public sealed record DemoContract(string ContractId, string EstateId, string? ZoneId, string Company, string CreditCode)
{
    private static readonly string[] Companies =
    [
        "广州珠江物业酒店管理有限公司", "广州越秀物业发展有限公司", "广州城建开发物业管理有限公司", "保利物业服务股份有限公司",
        "广州粤华物业有限公司", "广州市天力物业发展有限公司", "广州东方物业管理有限公司", "广州敏捷物业管理有限公司",
    ];

    /// <summary>The companies of the demo city's pool: name and credit code.</summary>
    public static IEnumerable<(string Name, string CreditCode)> Pool => Companies.Select((name, i) => (name, Code(i)));

    /// <summary>The tender's candidates for a company: it and the next two in the pool.</summary>
    public IReadOnlyList<string> Candidates() =>
        [.. Enumerable.Range(0, 3).Select(k => Code((Array.IndexOf(Companies, Company) + k) % Companies.Length))];

    /// <summary>The contract id of an estate or one of its zones (also its work queue's id).</summary>
    public static string Id(string estateId, string? zoneId) => zoneId is null ? $"HT-{estateId}" : $"HT-{estateId}-{zoneId}";

    /// <summary>The contracts of the estates, the company chosen by the estate's place in the list.</summary>
    public static IEnumerable<DemoContract> For(IEnumerable<(string EstateId, IReadOnlyList<string> Zones)> estates) =>
        estates.SelectMany((e, i) =>
        {
            var company = i % Companies.Length;
            var code = Code(company);
            return e.Zones.Count == 0
                ? [new DemoContract(Id(e.EstateId, null), e.EstateId, null, Companies[company], code)]
                : e.Zones.Select(z => new DemoContract(Id(e.EstateId, z), e.EstateId, z, Companies[company], code));
        });

    private static string Code(int company) => $"914401MA{company + 1:D10}";
}
