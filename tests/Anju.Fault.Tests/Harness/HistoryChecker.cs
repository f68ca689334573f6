using System.Net.Http.Json;
using System.Text.Json;

namespace Anju.Fault.Tests.Harness;

/// <summary>
/// Checks a run against what its senders saw: every acknowledged inspection is in its dwelling's state exactly once,
/// none is there twice, none that was refused is there at all; every stepped dwelling's trail holds exactly its
/// acknowledged steps and ends in the state they lead to; each dwelling's version counts exactly the changes it holds
/// (nothing applied that is not there); and the estate's occupancy counts equal a fresh count of its dwellings.
/// </summary>
public static class HistoryChecker
{
    public static async Task<string> CheckAsync(HttpClient http, CommandLoad load, IReadOnlyList<string> dwellings)
    {
        var problems = new List<string>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var states = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var dwelling in dwellings)
        {
            using var doc = JsonDocument.Parse(await http.GetStringAsync(new Uri($"/api/estates/{load.EstateId}/dwellings/{dwelling}", UriKind.Relative)));
            var root = doc.RootElement;
            var notes = root.GetProperty("inspections").EnumerateArray().Select(i => i.GetProperty("note").GetString() ?? "").ToList();
            foreach (var note in notes)
            {
                seen[note] = seen.GetValueOrDefault(note) + 1;
            }

            // Created at version 1 with an empty trail; every applied command adds one to the version.
            var transitions = root.GetProperty("history").GetArrayLength();
            var version = root.GetProperty("version").GetInt64();
            if (version != 1 + transitions + notes.Count)
            {
                problems.Add($"{dwelling}: version {version} but it holds {transitions} transitions and {notes.Count} inspections");
            }

            var state = root.GetProperty("state").GetString() ?? "";
            states[dwelling] = state;
            if (load.Steps.TryGetValue(dwelling, out var steps))
            {
                if (transitions != steps)
                {
                    problems.Add($"{dwelling}: {steps} steps acknowledged, {transitions} in its trail");
                }

                var expected = steps % 2 == 0 ? "Vacant" : "UnderRepair";
                if (state != expected)
                {
                    problems.Add($"{dwelling}: {steps} steps leave it {expected}, it is {state}");
                }
            }
        }

        foreach (var (id, (dwelling, outcome)) in load.Inspections)
        {
            var count = seen.GetValueOrDefault(id);
            if (outcome == Outcome.Acknowledged && count != 1)
            {
                problems.Add($"{id} on {dwelling} was acknowledged and is held {count} times");
            }
            else if (outcome == Outcome.Refused && count != 0)
            {
                problems.Add($"{id} on {dwelling} was refused and is held {count} times");
            }
            else if (count > 1)
            {
                problems.Add($"{id} on {dwelling} is held {count} times");
            }
        }

        problems.AddRange(seen.Keys.Where(id => !load.Inspections.ContainsKey(id)).Select(id => $"{id} is held but was never sent"));

        var fresh = states.Values.GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count());
        // Rollups follow their dwellings asynchronously: give them a while to settle before comparing.
        var rolled = await ByStateAsync(http, load.EstateId);
        for (var waited = 0; !Same(rolled, fresh) && waited < 120; waited++)
        {
            await Task.Delay(250);
            rolled = await ByStateAsync(http, load.EstateId);
        }

        if (!Same(rolled, fresh))
        {
            problems.Add($"estate counts {Show(rolled)} differ from a fresh count {Show(fresh)}");
        }

        return string.Join('\n', problems);
    }

    /// <summary>The check's outcome for the test's output, which CI keeps when it keeps only the end of a run: "clean",
    /// or the number of problems and the first few.</summary>
    public static string Brief(string problems)
    {
        if (problems.Length == 0)
        {
            return "history check: clean";
        }

        var lines = problems.Split('\n');
        return $"history check: {lines.Length} problem(s); the first:\n" + string.Join('\n', lines.Take(15));
    }

    private static async Task<Dictionary<string, int>> ByStateAsync(HttpClient http, string estateId)
    {
        var status = await http.GetFromJsonAsync<JsonElement>(new Uri($"/api/estates/{estateId}", UriKind.Relative));
        return status.GetProperty("occupancy").GetProperty("byState").EnumerateObject()
            .Where(p => p.Value.GetInt32() > 0).ToDictionary(p => p.Name, p => p.Value.GetInt32());
    }

    private static bool Same(Dictionary<string, int> a, Dictionary<string, int> b) =>
        a.Count == b.Count && a.All(p => b.GetValueOrDefault(p.Key) == p.Value);

    private static string Show(Dictionary<string, int> counts) => string.Join(", ", counts.OrderBy(p => p.Key).Select(p => $"{p.Key} {p.Value}"));
}
