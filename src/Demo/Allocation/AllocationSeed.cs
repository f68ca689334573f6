using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Anju.Demo.Api;
using Anju.Demo.Money;

namespace Anju.Demo.Allocation;

/// <summary>
/// Fair allocation and second-address registration in the demo city, set up by <c>drive</c> in the background: the
/// featured estate's district gets a public-rental waiting list of 40 applications (a few failing the criteria and
/// decided ineligible, the rest eligible), a public list published with an objection recorded, and an exception approved
/// by the demo program for the fifth in rank, so the demo's housing-office user can allocate under it (or in order) once
/// the public period ends. The featured estate's occupied dwellings get their members' second-address records: collected,
/// many handed off to the police station, some registered. Ids are fixed, so repeating it changes nothing.
/// </summary>
public sealed class AllocationSeed(AnjuApi api, int seed)
{
    private const int Applications = 40;

    private static readonly string[] Surnames = ["陳", "黃", "李", "梁", "張", "林", "何", "吳", "劉", "鄧", "蔡", "鄭", "謝", "馮", "羅"];

    private static readonly string[] Given = ["偉強", "麗珍", "志明", "秀英", "嘉豪", "婉婷", "國華", "淑芬", "俊傑", "美玲", "家明", "少珍"];

    private static readonly string[] Bands = ["MinimumLivingAllowance", "LowIncome", "LowIncome", "LowerMiddle", "LowerMiddle", "LowerMiddle", "Middle"];

    private static readonly string[] Priorities = ["ElderlyLivingAlone", "Disability", "CriticalIllness", "Veteran", "ModelWorker", "Relocated"];

    private static readonly string[] HukouPlaces = ["湖南省衡陽市", "廣西壯族自治區桂林市", "江西省贛州市", "廣東省梅州市", "廣東省湛江市", "四川省南充市"];

    public async Task RunAsync(string featured, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            var district = featured[..2];
            var list = $"api/waitlists/{district}/PublicRental";
            var eligible = 0;
            for (var i = 1; i <= Applications; i++)
            {
                eligible += await ApplicationAsync(list, i, ct) ? 1 : 0;
            }

            await api.CallAsync<JsonElement>(HttpMethod.Post, $"{list}/publish", new { commandId = "demo-list-1" }, ct);
            await api.CallAsync<JsonElement>(HttpMethod.Post, $"{list}/objections",
                new { applicationId = Id(3), text = "鄰居反映申請人名下另有住房，請核查", commandId = "demo-objection-1" }, ct);
            var view = await api.CallAsync<JsonElement>(HttpMethod.Get, list, null, ct);
            if (view.IsSuccess && view.Value.GetProperty("publicList").GetProperty("entries") is { ValueKind: JsonValueKind.Array } entries && entries.GetArrayLength() >= 5)
            {
                await api.CallAsync<JsonElement>(HttpMethod.Post, $"{list}/exceptions",
                    new { applicationId = entries[4].GetProperty("applicationId").GetString(), reason = "家庭成員重病，需就近就醫，經區住房保障辦集體研究同意" }, ct);
            }

            var members = await RegistrationsAsync(featured, ct);
            Console.WriteLine($"Allocation: {Applications} applications ({eligible} eligible) on the {district} public-rental list, published; "
                + $"{members} members' second-address records in {featured} ({clock.Elapsed.TotalSeconds:F1} s).");
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            Console.WriteLine("Allocation set-up stopped; the next `drive` completes it.");
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            Console.Error.WriteLine($"Allocation set-up failed: {ex.Message} (the next `drive` tries again).");
        }
    }

    private static string Id(int i) => $"GZ{DemoMonths.Today.Year}-{i:D4}";

    private async Task<bool> ApplicationAsync(string list, int i, CancellationToken ct)
    {
        double Draw(string what) => DemoMonths.Draw(seed, $"application-{i}-{what}");
        var band = Bands[(int)(Draw("band") * Bands.Length)];
        var area = Math.Round(3 + (Draw("area") * 16), 1);
        var priorities = Draw("priority") < 0.2 ? new[] { Priorities[(int)(Draw("which") * Priorities.Length)] } : [];
        var body = new
        {
            applicationId = Id(i),
            applicant = new
            {
                name = Surnames[(int)(Draw("surname") * Surnames.Length)] + Given[(int)(Draw("given") * Given.Length)],
                idNumber = $"440106{1950 + (int)(Draw("born") * 50)}{1 + (int)(Draw("month") * 12):D2}{10 + i:D2}{(int)(Draw("tail") * 9000) + 1000}",
                phone = $"13{(int)(Draw("phone") * 1_000_000_000):D9}",
            },
            householdSize = 1 + (int)(Draw("size") * 5),
            incomeBand = band,
            residenceYears = (int)(Draw("years") * 25),
            housingAreaPerPerson = area,
            priorities,
            appliedOn = DemoMonths.Today.AddDays(-30 - (int)(Draw("applied") * 700)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        var received = await api.CallAsync<JsonElement>(HttpMethod.Post, $"{list}/applications", body, ct);
        if (!received.IsSuccess)
        {
            return false;
        }

        var fails = received.Value.GetProperty("failures").GetArrayLength() > 0;
        var decision = fails ? new { decision = "Ineligible", reason = "不符合申請條件：" + string.Join("；", received.Value.GetProperty("failures").EnumerateArray().Select(f => f.GetString())) }
            : new { decision = "Eligible", reason = "材料齊全，經審核符合條件" };
        if (i % 13 == 0)
        {
            return false; // still under review: some applications wait for their decision
        }

        await api.CallAsync<JsonElement>(HttpMethod.Post, $"{list}/applications/{Id(i)}/decision", decision, ct);
        return !fails;
    }

    private async Task<int> RegistrationsAsync(string estateId, CancellationToken ct)
    {
        var page = await api.ListDwellingsAsync(estateId, 0, 120, ct);
        if (!page.IsSuccess)
        {
            return 0;
        }

        var book = $"api/registrations/estates/{Uri.EscapeDataString(estateId)}";
        var occupied = page.Value!.Items.Where(d => d.State == OccupancyState.Occupied).Take(30).ToList();
        var collected = new List<string>();
        foreach (var (d, n) in occupied.Select((d, n) => (d, n)))
        {
            for (var m = 1; m <= 2; m++)
            {
                var memberRef = $"P{n + 1:D3}-{m}";
                var movedIn = DemoMonths.Draw(seed, $"hukou-{estateId}-{memberRef}") < 0.3;
                var answer = await api.CallAsync<JsonElement>(HttpMethod.Post, $"{book}/members", new
                {
                    memberRef, dwellingId = d.DwellingId, hukouPlace = movedIn ? "廣州市天河區" : HukouPlaces[(n + m) % HukouPlaces.Length],
                    stage = movedIn ? "HukouMovedIn" : "Collected", on = DemoMonths.Day(2, 1 + (n % 25)),
                }, ct);
                if (answer.IsSuccess && !movedIn)
                {
                    collected.Add(memberRef);
                }
            }
        }

        var handed = collected.Take(collected.Count * 2 / 3).ToList();
        if (handed.Count > 0)
        {
            await api.CallAsync<JsonElement>(HttpMethod.Post, $"{book}/handoffs",
                new { handOffId = "HO-DEMO-1", station = "棠下派出所", on = DemoMonths.Day(1, 5), members = handed }, ct);
            foreach (var memberRef in handed.Take(handed.Count / 2))
            {
                await api.CallAsync<JsonElement>(HttpMethod.Post, $"{book}/members/{memberRef}/registered", new { on = DemoMonths.Day(1, 20) }, ct);
            }
        }

        return occupied.Count * 2;
    }
}
