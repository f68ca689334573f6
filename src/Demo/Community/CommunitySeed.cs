using System.Diagnostics;
using System.Text.Json;
using Anju.Demo.Api;

namespace Anju.Demo.Community;

/// <summary>
/// Grid work and the community of the demo city, set up by <c>drive</c> in the background beside the money: in the
/// featured estate and one estate in ten, a community service station with its staff and hours, building leaders for
/// the first buildings, a dozen volunteers (a third of them security volunteers) with six activities over the last
/// month; in the featured estate's first grids, two information-collection tasks (one overdue, half done) and three
/// mediations (one settled, one open, one referred to legal aid), recorded by grid staff where the demo has them. Ids
/// and command ids are fixed, so repeating it changes nothing.
/// </summary>
public sealed class CommunitySeed(AnjuApi api, AnjuApi gridStaff, int seed)
{
    private static readonly string[] Names = ["陈志强", "李秀英", "黄伟明", "张丽华", "刘建国", "林美玲", "吴国华", "郑小燕", "何德明", "周玉兰", "梁家辉", "谢淑芬"];

    private static readonly (string Id, string Title, string Kind, int DaysAgo, decimal Hours)[] Activities =
    [
        ("A-PATROL-1", "夜间治安巡逻", "SecurityPatrol", 27, 3m), ("A-CARE-1", "探访独居长者", "Care", 21, 2m),
        ("A-GREEN-1", "垃圾分类督导", "Environment", 14, 1.5m), ("A-PATROL-2", "周末治安巡逻", "SecurityPatrol", 9, 4m),
        ("A-CULT-1", "社区文艺汇演", "Culture", 5, 3.5m), ("A-CARE-2", "助老送餐", "Care", 2, 1m),
    ];

    public async Task RunAsync(IReadOnlyList<string> estates, string featured, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            var chosen = estates.Where((id, i) => i % 10 == 0 || id == featured).Distinct().ToList();
            var done = 0;
            await Parallel.ForEachAsync(chosen, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = ct }, async (estateId, token) =>
            {
                if (await EstateAsync(estateId, token))
                {
                    Interlocked.Increment(ref done);
                }
            });
            var grids = await GridWorkAsync(featured, ct);
            Console.WriteLine($"Community: stations, leaders and volunteer hours in {done} estates; tasks and mediations in {grids} grids of {featured} ({clock.Elapsed.TotalSeconds:F1} s).");
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            Console.WriteLine("Community set-up stopped; the next `drive` completes it (each step is repeatable).");
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            Console.Error.WriteLine($"Community set-up failed: {ex.Message} (the next `drive` tries again).");
        }
    }

    private async Task<bool> EstateAsync(string estateId, CancellationToken ct)
    {
        var e = Uri.EscapeDataString(estateId);
        var structure = await api.CallAsync<JsonElement>(HttpMethod.Get, $"api/estates/{e}/structure", null, ct);
        if (!structure.IsSuccess)
        {
            return false;
        }

        var buildings = structure.Value.GetProperty("buildings").EnumerateArray().Select(b => b.GetProperty("buildingId").GetString()!).ToList();
        var hours = new[] { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday" }
            .SelectMany(d => new[] { new { day = d, opens = "08:30", closes = "12:00" }, new { day = d, opens = "14:00", closes = "17:30" } })
            .Append(new { day = "Saturday", opens = "09:00", closes = "12:00" }).ToArray();
        await api.CallAsync<JsonElement>(HttpMethod.Put, $"api/stations/estates/{e}/S01", new
        {
            name = "社区服务站", address = "小区正门东侧一楼",
            staff = new[] { new { name = "周慧敏", role = "站长", phone = "13802001234" }, new { name = "冯家明", role = "社工", phone = "13902005678" } },
            hours, services = new[] { "政策咨询", "证明代办", "长者关爱", "矛盾调解", "志愿服务登记" },
        }, ct);
        var today = DateTime.UtcNow.AddHours(8);
        foreach (var (building, i) in buildings.Take(4).Select((b, i) => (b, i)))
        {
            await api.CallAsync<JsonElement>(HttpMethod.Put, $"api/volunteers/estates/{e}/leaders/{Uri.EscapeDataString(building)}",
                new { name = Names[(i + 7) % Names.Length], phone = $"1370200{1000 + i}", since = today.AddMonths(-6 - i).ToString("yyyy-MM-dd") }, ct);
        }

        for (var i = 0; i < Names.Length; i++)
        {
            await api.CallAsync<JsonElement>(HttpMethod.Put, $"api/volunteers/estates/{e}/people/V{i + 1:000}", new
            {
                name = Names[(((i + seed) % Names.Length) + Names.Length) % Names.Length], phone = $"1380300{2000 + i}", buildingId = buildings.Count == 0 ? null : buildings[i % buildings.Count],
                security = i % 3 == 0, registeredOn = today.AddMonths(-2).ToString("yyyy-MM-dd"),
            }, ct);
        }

        foreach (var (id, title, kind, daysAgo, each) in Activities)
        {
            var who = Enumerable.Range(1, Names.Length).Where(n => kind == "SecurityPatrol" ? n % 3 == 1 : (n + daysAgo) % 2 == 0);
            await api.CallAsync<JsonElement>(HttpMethod.Post, $"api/volunteers/estates/{e}/activities", new
            {
                activityId = id, title, kind, date = today.AddDays(-daysAgo).ToString("yyyy-MM-dd"),
                hours = who.Select(n => new { volunteerId = $"V{n:000}", hours = each + (n % 2) * 0.5m }).ToArray(),
            }, ct);
        }

        return true;
    }

    private async Task<int> GridWorkAsync(string estateId, CancellationToken ct)
    {
        var e = Uri.EscapeDataString(estateId);
        var structure = await api.CallAsync<JsonElement>(HttpMethod.Get, $"api/estates/{e}/structure", null, ct);
        if (!structure.IsSuccess)
        {
            return 0;
        }

        var worked = 0;
        var today = DateTime.UtcNow.AddHours(8);
        foreach (var grid in structure.Value.GetProperty("grids").EnumerateArray().Select(g => g.GetProperty("gridId").GetString()!).Take(3))
        {
            // Grid staff record their own grid (G01 in the demo); the housing office the others.
            var who = grid == "G01" ? gridStaff : api;
            var at = $"api/gridwork/estates/{e}/grids/{Uri.EscapeDataString(grid)}";
            var households = await who.CallAsync<JsonElement>(HttpMethod.Get, $"{at}/households", null, ct);
            if (!households.IsSuccess)
            {
                continue;
            }

            var dwellings = households.Value.EnumerateArray().Select(d => d.GetProperty("dwellingId").GetString()!).Take(24).ToList();
            if (dwellings.Count < 4)
            {
                continue;
            }

            await TaskAsync(who, at, "demo-task-census", "核对常住人口及第二住址登记情况", dwellings, today.AddDays(3), dwellings.Count / 3, ct);
            await TaskAsync(who, at, "demo-task-fire", "入户消防安全宣传并登记电动车停放", dwellings.Take(12).ToList(), today.AddDays(-1), 6, ct);
            await MediationAsync(who, at, "demo-md-leak", ["陈志强", "李秀英"], dwellings, "楼上卫生间漏水至楼下天花", "Settled", ct);
            await MediationAsync(who, at, "demo-md-parking", ["黄伟明", "张丽华"], dwellings, "地面车位长期被占用", null, ct);
            await MediationAsync(who, at, "demo-md-noise", ["刘建国", "林美玲"], dwellings, "夜间装修噪音引发争执", "ReferredToLegalAid", ct);
            worked++;
        }

        return worked;
    }

    private static async Task TaskAsync(AnjuApi who, string at, string commandId, string what, IReadOnlyList<string> dwellings, DateTime due, int done, CancellationToken ct)
    {
        var task = await who.CallAsync<JsonElement>(HttpMethod.Post, $"{at}/tasks", new { what, dwellingIds = dwellings, dueOn = due.ToString("yyyy-MM-dd"), commandId }, ct);
        if (!task.IsSuccess)
        {
            return;
        }

        var id = task.Value.GetProperty("taskId").GetString()!;
        foreach (var dwelling in dwellings.Take(done))
        {
            await who.CallAsync<JsonElement>(HttpMethod.Post, $"{at}/tasks/{id}/visits", new { dwellingId = dwelling, note = "已核实" }, ct);
        }
    }

    private static async Task MediationAsync(AnjuApi who, string at, string commandId, string[] parties, IReadOnlyList<string> dwellings, string issue, string? outcome, CancellationToken ct)
    {
        var opened = await who.CallAsync<JsonElement>(HttpMethod.Post, $"{at}/mediations", new
        {
            parties = parties.Select((p, i) => new { name = p, phone = $"1390400{3000 + i}", dwellingId = dwellings[i] }).ToArray(), issue, commandId,
        }, ct);
        if (!opened.IsSuccess || outcome is null || opened.Value.GetProperty("outcome").GetString() != "Open")
        {
            return;
        }

        var id = opened.Value.GetProperty("mediationId").GetString()!;
        if (outcome == "ReferredToLegalAid")
        {
            await who.CallAsync<JsonElement>(HttpMethod.Post, $"{at}/mediations/{id}/outcome", new { outcome = "NotSettled", note = "双方分歧较大" }, ct);
        }

        await who.CallAsync<JsonElement>(HttpMethod.Post, $"{at}/mediations/{id}/outcome", new
        {
            outcome, note = outcome == "Settled" ? "楼上住户承担维修费用，双方签订调解协议" : "建议通过法律途径解决",
            legalAid = outcome == "ReferredToLegalAid" ? new { centre = "区法律援助处", referredOn = DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd") } : null,
        }, ct);
    }
}
