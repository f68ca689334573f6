using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Anju.Demo.Api;
using Anju.Demo.Money;

namespace Anju.Demo.Community;

/// <summary>
/// The community of the demo city, set up by <c>drive</c> in the background: in the featured estate and one estate in
/// eight, a consultation committee of six members (one per party), a meeting whose first motion is carried (a resolution
/// with follow-up) and second defeated, the compact adopted by that resolution with one supervision record; two garbage
/// stations, three months of sorting figures and two environment matters; a counted satisfaction survey of the quarter.
/// Ids are fixed, so every start repeats it harmlessly and completes what is missing.
/// </summary>
public sealed class CivicSeed(AnjuApi api, int seed)
{
    private static readonly (string Id, string Name, string Party)[] Members =
    [
        ("M1", "陈建华", "HousingOffice"), ("M2", "林志强", "Police"), ("M3", "黄丽萍", "ResidentsCommittee"),
        ("M4", "张伟", "PropertyCompany"), ("M5", "李秀英", "OwnersRepresentative"), ("M6", "王淑芬", "TenantsRepresentative"),
    ];

    public async Task RunAsync(IReadOnlyList<string> estates, string featured, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var chosen = estates.Where((id, i) => id == featured || i % 8 == 0).ToList();
        var done = 0;
        try
        {
            await Parallel.ForEachAsync(chosen, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = ct }, async (estateId, token) =>
            {
                if (await CommitteeAsync(estateId, token) & await EnvironmentAsync(estateId, token) & await SurveyAsync(estateId, token))
                {
                    Interlocked.Increment(ref done);
                }
            });
            Console.WriteLine($"Community: committees, compacts, environment and surveys in {done} of {chosen.Count} estates ({clock.Elapsed.TotalSeconds:F1} s).");
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            Console.WriteLine("Community set-up stopped; the next `drive` completes it.");
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException or InvalidOperationException)
        {
            Console.Error.WriteLine($"Community set-up failed: {ex.Message} (the next `drive` tries again).");
        }
    }

    private async Task<bool> CommitteeAsync(string estateId, CancellationToken ct)
    {
        var at = $"api/estates/{Uri.EscapeDataString(estateId)}/committee";
        var year = DemoMonths.Today.Year;
        foreach (var (id, name, party) in Members)
        {
            await PostAsync($"{at}/members", new { memberId = id, name, party, termStart = $"{year - 1}-01-01", termEnd = $"{year + 1}-12-31" }, ct);
        }

        var day = DemoMonths.Day(1, 20);
        var against = 1 + (int)(DemoMonths.Draw(seed, $"committee-{estateId}") * 2); // one or two against the first motion
        var meeting = new
        {
            meetingId = "MT-1",
            date = Text(day),
            attendees = new[] { "M1", "M2", "M3", "M4", "M5", "M6" },
            minutes = "第一次议事协商会议",
            motions = new object[]
            {
                new
                {
                    motionId = "MO-1", title = "通过小区规约（第一版）：电动车集中停放充电、禁止高空抛物、宠物文明饲养",
                    votes = Members.Select((m, i) => new { memberId = m.Id, vote = i < 6 - against ? "For" : "Against" }).ToArray(),
                    followUps = new[]
                    {
                        new { itemId = "F1", what = "规约张贴到各楼栋公告栏", owner = "居委会", due = Text(day.AddDays(14)) },
                        new { itemId = "F2", what = "增设电动车集中充电点报价", owner = "物业服务企业", due = Text(day.AddDays(30)) },
                    },
                },
                new
                {
                    motionId = "MO-2", title = "地面停车位改为绿化",
                    votes = Members.Select((m, i) => new { memberId = m.Id, vote = i < 2 ? "For" : i < 5 ? "Against" : "Abstain" }).ToArray(),
                    followUps = Array.Empty<object>(),
                },
            },
        };
        var ok = await PostAsync($"{at}/meetings", meeting, ct);
        await PostAsync($"{at}/resolutions/MO-1/follow-ups/F1/done", new { doneOn = Text(day.AddDays(5)), note = "已张贴" }, ct);
        await PostAsync($"{at}/compact", new { number = 1, summary = "电动车集中停放充电；禁止高空抛物；宠物文明饲养、出户拴绳；垃圾分类定时定点投放。", resolutionId = "MO-1", effectiveOn = Text(day.AddDays(1)) }, ct);
        await PostAsync($"{at}/compact/supervision", new { recordId = "SV-1", date = Text(day.AddDays(10)), breach = "3 栋楼道内电动车充电", followUp = "物业上门劝导并张贴告示" }, ct);
        return ok;
    }

    private async Task<bool> EnvironmentAsync(string estateId, CancellationToken ct)
    {
        var at = $"api/estates/{Uri.EscapeDataString(estateId)}/environment";
        await PostAsync($"{at}/stations", new { stationId = "GS-1", name = "1 号垃圾投放点", location = "1 栋东侧", streams = new[] { "Recyclable", "Kitchen", "Hazardous", "Residual" }, staffed = true }, ct);
        await PostAsync($"{at}/stations", new { stationId = "GS-2", name = "2 号垃圾投放点", location = "北门停车场旁", streams = new[] { "Kitchen", "Residual" }, staffed = false }, ct);
        var ok = true;
        foreach (var back in new[] { 3, 2, 1 })
        {
            var month = DemoMonths.Month(back);
            double Draw(string what) => DemoMonths.Draw(seed, $"sorting-{estateId}-{month}-{what}");
            var kilograms = new Dictionary<string, decimal>
            {
                ["Recyclable"] = Math.Round(1800m + (decimal)Draw("r") * 1200m, 1),
                ["Kitchen"] = Math.Round(3200m + (decimal)Draw("k") * 2400m, 1),
                ["Hazardous"] = Math.Round(8m + (decimal)Draw("h") * 20m, 1),
                ["Residual"] = Math.Round(6500m + (decimal)Draw("x") * 3500m, 1),
            };
            ok &= await PostAsync($"{at}/sorting/{month}", new { kilograms }, ct);
        }

        await PostAsync($"{at}/matters", new { recordId = "EM-1", category = "Parking", date = Text(DemoMonths.Day(1, 8)), note = "消防通道有车辆停放，已通知车主挪车" }, ct);
        await PostAsync($"{at}/matters", new { recordId = "EM-2", category = "Greening", date = Text(DemoMonths.Day(0, 2)), note = "中心花园草坪缺株，已报物业补种" }, ct);
        return ok;
    }

    private async Task<bool> SurveyAsync(string estateId, CancellationToken ct)
    {
        var today = DemoMonths.Today;
        var period = $"{today.Year}-Q{((today.Month - 1) / 3) + 1}";
        int[] Counts(string question)
        {
            var lift = DemoMonths.Draw(seed, $"survey-{estateId}-{question}");
            return [(int)(2 + lift * 4), (int)(4 + lift * 6), (int)(12 + lift * 10), (int)(30 + lift * 20), (int)(18 + (1 - lift) * 25)];
        }

        return await PostAsync($"api/estates/{Uri.EscapeDataString(estateId)}/satisfaction/surveys", new
        {
            surveyId = $"SV-{period}",
            period,
            questions = new[] { "物业服务", "治安与安保", "环境卫生", "维修响应" }.Select(q => new { question = q, counts = Counts(q) }).ToArray(),
        }, ct);
    }

    private async Task<bool> PostAsync(string path, object body, CancellationToken ct) =>
        (await api.CallAsync<JsonElement>(HttpMethod.Post, path, body, ct)).IsSuccess;

    private static string Text(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
