using System.Collections.Concurrent;
using Anju.Demo.Api;

namespace Anju.Demo.Driving;

/// <summary>
/// Incidents at a gentle rate: files complaints, disputes, parking, pets, garbage and facility matters in random
/// estates (mostly minor), and walks some of them through acknowledge → dispatch → accept → feedback → close →
/// evaluate, now and then sending one back. Some are left alone so their SLA clocks breach and they climb the
/// escalation ladder on the screens. Choices follow the driver's seed.
/// </summary>
public sealed class IncidentGenerator(AnjuApi api, DwellingBook book) : IEventGenerator
{
    /// <summary>How many cases the driver keeps walking at once; beyond that it only files when it cannot step.</summary>
    private const int Walking = 40;

    private static readonly WeightedChoice<string> Categories = new(
        ("Complaint", 20), ("Dispute", 10), ("Parking", 20), ("Pets", 10), ("GarbageSorting", 15), ("Environment", 8), ("Facility", 12), ("Security", 4), ("Welfare", 1));

    private static readonly WeightedChoice<string> Severities = new(("Minor", 70), ("Major", 20), ("Info", 7), ("Critical", 3));

    private static readonly Dictionary<string, string> Descriptions = new()
    {
        ["Complaint"] = "居民投诉物业服务不到位", ["Dispute"] = "邻里噪音纠纷", ["Parking"] = "车辆占用消防通道", ["Pets"] = "犬只未拴绳",
        ["GarbageSorting"] = "垃圾未分类投放", ["Environment"] = "绿化带积水", ["Facility"] = "楼道照明损坏", ["Security"] = "可疑人员逗留",
        ["Welfare"] = "独居老人需要探访",
    };

    private readonly ConcurrentDictionary<string, TrackedIncident> _walking = new(StringComparer.Ordinal);

    public string Kind => "incident";

    public double Weight => 0.08;

    public PlannedEvent? Next(Random random)
    {
        if (_walking.Count >= Walking || (!_walking.IsEmpty && random.NextDouble() < 0.6))
        {
            var cases = _walking.Values.ToList();
            for (var pick = 0; pick < 8 && cases.Count > 0; pick++)
            {
                var c = cases[random.Next(cases.Count)];
                if (Step(c, random) is { } step && c.TryClaim())
                {
                    return new PlannedEvent(Kind, PlannedEvent.AnyEstate, ct => SendStepAsync(c, step, ct));
                }
            }
        }

        var category = Categories.Pick(random);
        var body = new FileIncidentBody(category, Severities.Pick(random), "GridStaff", new IncidentPlace(book.Pick(random).EstateId), Descriptions[category]);
        var leftAlone = random.NextDouble() < 0.2; // one case in five is not walked: its clocks run out and it escalates
        return new PlannedEvent(Kind, body.Location.EstateId, ct => FileAsync(body, leftAlone, ct));
    }

    private static IncidentStepBody? Step(TrackedIncident c, Random random) => c.Status switch
    {
        "Collected" => new("Acknowledge", c.Version),
        "Filed" => new("Dispatch", c.Version),
        "Dispatched" => new("Accept", c.Version),
        "InHandling" => new("Feedback", c.Version, Note: "已到场处理"),
        "Feedback" when random.NextDouble() < 0.1 => new("SendBack", c.Version, Reason: "核查未通过"),
        "Feedback" => new("Close", c.Version),
        "Closed" => new("Evaluate", c.Version, Rating: random.Next(3, 6)),
        _ => null,
    };

    private async Task<EventOutcome> FileAsync(FileIncidentBody body, bool leftAlone, CancellationToken ct)
    {
        var result = await api.FileIncidentAsync(body, ct);
        if (!result.IsSuccess)
        {
            return new EventOutcome(result.IsConflict ? EventResult.Conflict : EventResult.Failed, $"incident in {body.Location.EstateId}: {result}");
        }

        var s = result.Value!.Summary;
        if (!leftAlone)
        {
            _walking.TryAdd(s.IncidentId, new TrackedIncident(s.IncidentId, s.Version, s.Status));
        }
        return EventOutcome.Ok;
    }

    private async Task<EventOutcome> SendStepAsync(TrackedIncident c, IncidentStepBody step, CancellationToken ct)
    {
        try
        {
            var result = await api.ActOnIncidentAsync(c.IncidentId, step, ct);
            if (result.IsSuccess)
            {
                Track(c, result.Value!.Summary);
                return EventOutcome.Ok;
            }

            if (result.IsConflict && await api.GetIncidentAsync(c.IncidentId, ct) is { IsSuccess: true } fresh)
            {
                Track(c, fresh.Value!.Summary); // a clock escalated it meanwhile: continue from its new version
            }

            return new EventOutcome(result.IsConflict ? EventResult.Conflict : EventResult.Failed, $"incident {c.IncidentId} {step.Action}: {result}");
        }
        finally
        {
            c.Release();
        }
    }

    private void Track(TrackedIncident c, IncidentViewSummary s)
    {
        c.Update(s.Version, s.Status);
        if (s.Status is "Evaluated" or "Voided")
        {
            _walking.TryRemove(c.IncidentId, out _);
        }
    }
}
