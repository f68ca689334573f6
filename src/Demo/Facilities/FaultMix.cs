namespace Anju.Demo.Facilities;

/// <summary>A fault to report: its code, whether the facility's controller sends it, and what the report says.</summary>
public sealed record DemoFault(string Code, bool FromDevice, string Detail);

/// <summary>The faults the demo reports, per facility type, with how often each comes and whether a device sends it
/// through the ingest (a lift controller, a pump's pressure switch, the fire panel) rather than a person through the
/// API. Codes and what they do are those of docs/facilities.md.</summary>
public static class FaultMix
{
    private static readonly Dictionary<string, WeightedChoice<DemoFault>> ByType = new(StringComparer.Ordinal)
    {
        ["Lift"] = new((new("lift-fault", false, "电梯运行异响，平层不准"), 45), (new("lift-stopped", true, "电梯停运（控制器上报）"), 35),
            (new("trapped-passenger", true, "电梯困人（控制器上报）"), 20)),
        ["WaterPump"] = new((new("no-pressure", true, "供水压力不足（压力开关上报）"), 60), (new("leak", false, "泵房管道渗漏"), 40)),
        ["WaterTank"] = new((new("water-quality", false, "住户反映水质发黄"), 50), (new("no-water", false, "高层住户停水"), 50)),
        ["Lighting"] = new((new("light-out", false, "楼道灯不亮"), 1)),
        ["FireSystem"] = new((new("fire-fault", false, "消防主机报故障"), 80), (new("fire-alarm", true, "烟感报警（消防主机上报）"), 20)),
        ["AccessControl"] = new((new("door-fault", false, "单元门禁无法刷卡"), 1)),
        ["Gate"] = new((new("door-fault", false, "道闸不抬杆"), 1)),
        ["Cctv"] = new((new("camera-offline", false, "监控中心画面中断"), 1)),
    };

    private static readonly WeightedChoice<DemoFault> Other = new((new("damaged", false, "设施损坏"), 1));

    /// <summary>How often each type of facility is the one that fails (lifts and lights most, rooms least).</summary>
    public static readonly WeightedChoice<string> Types = new(
        ("Lift", 40), ("Lighting", 20), ("WaterPump", 8), ("WaterTank", 5), ("AccessControl", 10), ("Gate", 5), ("FireSystem", 4), ("Cctv", 3),
        ("GarbageStation", 2), ("AccessibilityRamp", 1), ("CultureRoom", 1), ("ElderlyCareRoom", 1));

    public static DemoFault Pick(string type, Random random) => ByType.GetValueOrDefault(type, Other).Pick(random);

    /// <summary>Every fault the demo may report on a facility of <paramref name="type"/>.</summary>
    public static IReadOnlyList<DemoFault> For(string type) => ByType.GetValueOrDefault(type, Other).Items;

    /// <summary>The next step the demo takes on an open order in <paramref name="status"/>: the company's steps, then
    /// verification (one repair in ten is sent back) and closing; null when the order waits for nobody the demo plays.</summary>
    public static string? NextStep(string status, Random random) => status switch
    {
        "Reported" => "accept",
        "Accepted" => "dispatch",
        "Dispatched" => "on-site",
        "OnSite" => "repair",
        "Repaired" => random.NextDouble() < 0.1 ? "send-back" : "verify",
        "Verified" => "close",
        _ => null,
    };
}
