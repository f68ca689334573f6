using System.Net.Http.Json;
using System.Text.Json;

namespace Anju.Fault.Tests.Harness;

/// <summary>
/// Incidents whose SLA clocks run out while silos are killed, and the check that each clock fired exactly once: no
/// breach recorded twice (the same stage and deadline in two system steps: a timer and a reminder, or two activations,
/// both firing) and no deadline left unfired longer than a reminder period and a margin after it passed (a clock
/// lost with its silo). The silos run pet cases (a category without an SLA row of its own) on windows of seconds, so
/// each case climbs the ladder grid → estate → street → district during the rounds and then records its breaches at
/// the top.
/// </summary>
public static class SlaClocks
{
    /// <summary>The silo settings that give pet cases of severity Info clocks of 15, 35 and 55 seconds.</summary>
    public static readonly IReadOnlyDictionary<string, string> Settings = new Dictionary<string, string>
    {
        ["Incidents__CategorySla__Pets__Info__Acknowledge"] = "00:00:15",
        ["Incidents__CategorySla__Pets__Info__Dispatch"] = "00:00:35",
        ["Incidents__CategorySla__Pets__Info__Resolve"] = "00:00:55",
    };

    /// <summary>What a case nobody acknowledges records, whatever the order its clocks ran out in: three escalations
    /// (grid → estate → street → district), then each of its three stages breached once at the top, where that clock stops.</summary>
    private const int FiredPerCase = 6;

    /// <summary>How late a clock may fire: the reminder that wakes a case whose silo died (1 minute) and a margin.</summary>
    private static readonly TimeSpan Late = TimeSpan.FromSeconds(90);

    /// <summary>Files <paramref name="count"/> pet cases in the estate's grid G1; their ids.</summary>
    public static async Task<IReadOnlyList<string>> FileAsync(HttpClient http, string estateId, int count)
    {
        var ids = new List<string>();
        for (var i = 0; i < count; i++)
        {
            using var filed = await http.PostAsJsonAsync("/api/incidents", new
            {
                category = "Pets", severity = "Info", source = "Resident", location = new { estateId, gridId = "G1" },
                description = $"演練 {i}：犬隻未拴繩",
            });
            var body = await filed.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
            ids.Add(body.GetProperty("summary").GetProperty("incidentId").GetString()!);
        }

        return ids;
    }

    /// <summary>Waits up to <paramref name="within"/> until no case has a clock running (each has climbed to the top
    /// and recorded its breaches there), then returns the problems found, one line each; empty when every clock fired
    /// exactly once.</summary>
    public static async Task<IReadOnlyList<string>> CheckAsync(HttpClient http, IReadOnlyList<string> incidentIds, TimeSpan within)
    {
        var until = DateTimeOffset.UtcNow + within;
        var snapshots = await ReadAsync(http, incidentIds);
        while (snapshots.Any(Running) && DateTimeOffset.UtcNow < until)
        {
            await Task.Delay(TimeSpan.FromSeconds(2));
            snapshots = await ReadAsync(http, incidentIds);
        }

        var problems = new List<string>();
        var now = DateTimeOffset.UtcNow;
        foreach (var snapshot in snapshots)
        {
            var id = snapshot.GetProperty("summary").GetProperty("incidentId").GetString();
            var fired = snapshot.GetProperty("history").EnumerateArray()
                .Where(s => s.GetProperty("actor").GetString() == "system")
                .Select(s => s.GetProperty("reason").GetString() ?? "").ToList();
            problems.AddRange(fired.GroupBy(r => r).Where(g => g.Count() > 1).Select(g => $"{id}: fired {g.Count()} times: {g.Key}"));
            if (fired.Count != FiredPerCase && !snapshots.Any(Running))
            {
                problems.Add($"{id}: {fired.Count} clocks fired, not {FiredPerCase}: {string.Join(" | ", fired)}");
            }

            foreach (var deadline in snapshot.GetProperty("summary").GetProperty("deadlines").EnumerateObject())
            {
                if (deadline.Value.ValueKind == JsonValueKind.String && deadline.Value.GetDateTimeOffset() is var due && due < now - Late)
                {
                    problems.Add($"{id}: {deadline.Name} {due:u} passed {(now - due).TotalSeconds:F0} s ago and has not fired");
                }
            }
        }

        return problems;
    }

    private static async Task<List<JsonElement>> ReadAsync(HttpClient http, IEnumerable<string> incidentIds)
    {
        var read = new List<JsonElement>();
        foreach (var id in incidentIds)
        {
            read.Add(await http.GetFromJsonAsync<JsonElement>($"/api/incidents/{id}"));
        }

        return read;
    }

    private static bool Running(JsonElement snapshot) =>
        snapshot.GetProperty("summary").GetProperty("deadlines").EnumerateObject().Any(d => d.Value.ValueKind == JsonValueKind.String);
}
