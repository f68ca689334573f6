using System.Text.Json;
using Anju.Demo.Api;

namespace Anju.Demo.ExitReviews;

/// <summary>
/// Exit reviews (退出審查) for the demo city, seeded by <c>drive</c> in the background: in the featured estate and a few
/// others, some lived-in households reach the exit level by deductions or are found subletting or left idle (which
/// opens their cases through the dwellings' own triggers, as in life), and the cases are walked to different stages
/// (notice served, heard, decided to keep, which closes the case, decided to exit and waiting out the appeal window). An
/// estate that already has cases is left alone, so every start of <c>drive</c> may run it.
/// </summary>
public sealed class ExitReviewSeed(AnjuApi api, int seed)
{
    private const int EstatesSeeded = 6;
    private const int CasesPerEstate = 5;

    public async Task RunAsync(IReadOnlyList<string> estates, string featured, CancellationToken ct)
    {
        try
        {
            var chosen = estates.Where(e => e == featured).Concat(estates.Where(e => e != featured).Take(EstatesSeeded - 1)).ToList();
            var opened = 0;
            foreach (var estateId in chosen)
            {
                opened += await SeedEstateAsync(estateId, new Random(HashCode.Combine(seed, estateId.GetHashCode(StringComparison.Ordinal))), ct);
            }

            Console.WriteLine($"Exit reviews: {opened} cases opened in {chosen.Count} estates.");
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            Console.Error.WriteLine($"Exit-review set-up failed: {ex.Message} (the next `drive` tries again).");
        }
    }

    private async Task<int> SeedEstateAsync(string estateId, Random random, CancellationToken ct)
    {
        var list = $"api/estates/{Uri.EscapeDataString(estateId)}/exit-reviews";
        var existing = await api.CallAsync<JsonElement>(HttpMethod.Get, list, null, ct);
        if (!existing.IsSuccess || existing.Value.GetProperty("cases").GetArrayLength() > 0)
        {
            return 0;
        }

        var page = await api.ListDwellingsAsync(estateId, 0, 200, ct);
        if (!page.IsSuccess)
        {
            return 0;
        }

        var lived = page.Value!.Items.Where(d => d.State == OccupancyState.Occupied).OrderBy(_ => random.Next()).Take(CasesPerEstate).ToList();
        var at = DateTimeOffset.UtcNow.AddMinutes(-30);
        for (var i = 0; i < lived.Count; i++)
        {
            var dwelling = $"api/estates/{Uri.EscapeDataString(estateId)}/dwellings/{Uri.EscapeDataString(lived[i].DwellingId)}";
            if (i % 3 == 0)
            {
                await api.AddDeductionAsync(estateId, lived[i].DwellingId, new PointDeduction(12, "SUBLET"), ct);
            }
            else if (i % 3 == 1)
            {
                await InspectAsync(dwelling, "Sublet", "租住者非登记住户", at, ct);
            }
            else
            {
                await InspectAsync(dwelling, "Idle", "多次上门无人，水电用量为零", at.AddDays(-75), ct);
                await InspectAsync(dwelling, "Idle", "仍无人居住", at, ct);
            }
        }

        var cases = await api.CallAsync<JsonElement>(HttpMethod.Get, list, null, ct);
        if (!cases.IsSuccess)
        {
            return 0;
        }

        var ids = cases.Value.GetProperty("cases").EnumerateArray().Select(c => c.GetProperty("caseId").GetString()!).ToList();
        for (var i = 0; i < ids.Count; i++)
        {
            // Leave the cases at different stages: opened, notice served, heard, kept and closed, decided to exit.
            string[] steps = (i % 5) switch
            {
                0 => [],
                1 => ["notice"],
                2 => ["notice", "hearing"],
                3 => ["notice", "hearing", "decision:Keep"], // a decision to keep closes the case itself
                _ => ["notice", "hearing", "decision:Exit"],
            };
            await WalkAsync($"{list}/{ids[i]}", steps, ct);
        }

        return ids.Count;
    }

    private async Task<ApiResult<JsonElement>> InspectAsync(string dwelling, string finding, string note, DateTimeOffset at, CancellationToken ct) =>
        await api.CallAsync<JsonElement>(HttpMethod.Post, $"{dwelling}/inspections", new { at, inspector = "第三方机构巡查员", finding, note }, ct);

    private async Task WalkAsync(string path, IReadOnlyList<string> steps, CancellationToken ct)
    {
        var view = await api.CallAsync<JsonElement>(HttpMethod.Get, path, null, ct);
        foreach (var step in steps)
        {
            if (!view.IsSuccess)
            {
                return;
            }

            var version = view.Value.GetProperty("summary").GetProperty("version").GetInt64();
            var (name, decision) = step.Split(':') is [var n, var d] ? (n, d) : (step, null);
            var reason = name switch
            {
                "notice" => "书面告知已送达住户",
                "hearing" => "住户到场陈述申辩",
                "decision" => decision == "Keep" ? "已整改并承诺遵守规约，保留资格" : "核查属实，取消保障资格",
                _ => null,
            };
            view = await api.CallAsync<JsonElement>(HttpMethod.Post, $"{path}/{name}", new { expectedVersion = version, reason, decision }, ct);
        }
    }
}
