using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Anju.Dashboard.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Anju.Dashboard.Tests.Screens;

/// <summary>The housing office's satisfaction panel on real data: counted surveys in estates of two districts reach the
/// city's rollup, and the panel shows a row per district (its estates, responses and mean) and the city's total row, as
/// the API adds them up for the signed-in office.</summary>
[Collection(ScreenCollection.Name)]
public sealed class HousingSatisfactionScreenTests(ScreenStack stack)
{
    private HttpClient Http => stack.Live.Silo.Http;

    [Fact]
    public async Task The_satisfaction_panel_shows_each_districts_row_and_the_citys_total()
    {
        var yuexiu = await stack.Live.Api.RegisterAsync("越秀满意度", "YX", 1);
        var nansha = await stack.Live.Api.RegisterAsync("南沙满意度", "NS", 1);
        foreach (var (estate, counts) in new[] { (yuexiu, new[] { 0, 0, 1, 2, 7 }), (nansha, new[] { 3, 1, 0, 0, 0 }) })
        {
            using var recorded = await Http.PostAsJsonAsync($"/api/estates/{estate}/satisfaction/surveys",
                new { surveyId = "SV-1", period = "2026-Q4", questions = new[] { new { question = "物业服务", counts } } });
            Assert.True(recorded.IsSuccessStatusCode, await recorded.Content.ReadAsStringAsync());
        }

        var rollup = await Wait.EventuallyAsync(() => Http.GetFromJsonAsync<JsonElement>("/api/satisfaction"),
            r => new[] { yuexiu, nansha }.All(e => r.GetProperty("estates").EnumerateArray().Any(x => x.GetProperty("estateId").GetString() == e)));
        JsonElement District(string code) => rollup.GetProperty("districts").EnumerateArray().Single(d => d.GetProperty("district").GetString() == code);
        static string Number(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
        static string Mean(JsonElement counts) => counts.GetProperty("mean").GetDouble().ToString("F2", CultureInfo.InvariantCulture);

        await using var screen = await ScreenPage.OpenAsync(stack);
        var page = screen.Page;
        await screen.ShowAsync("/housing.html", "housing-satisfaction", async () =>
        {
            foreach (var (code, name) in new[] { ("YX", "越秀区"), ("NS", "南沙区") })
            {
                var d = District(code);
                var cells = page.Locator($"#satisfaction-districts tr[data-district={code}] td");
                await Expect(cells).ToHaveTextAsync([name, Number(d.GetProperty("estates").GetInt32()),
                    Number(d.GetProperty("counts").GetProperty("responses").GetInt32()), Mean(d.GetProperty("counts"))], new() { Timeout = 15_000 });
            }

            var city = rollup.GetProperty("city");
            await Expect(page.Locator("#satisfaction-districts tr.total td")).ToHaveTextAsync(
                ["全市", Number(rollup.GetProperty("estates").GetArrayLength()), Number(city.GetProperty("responses").GetInt32()), Mean(city)], new() { Timeout = 15_000 });
            await Expect(page.Locator("#satisfaction-denied")).ToBeHiddenAsync();
        });

        // The districts' own figures: ten answers averaging 4.60 in Yuexiu, four averaging 1.25 in Nansha (only this
        // test records satisfaction there).
        Assert.Equal((10, 4.6), (District("YX").GetProperty("counts").GetProperty("responses").GetInt32(), District("YX").GetProperty("counts").GetProperty("mean").GetDouble()));
        Assert.Equal((4, 1.25), (District("NS").GetProperty("counts").GetProperty("responses").GetInt32(), District("NS").GetProperty("counts").GetProperty("mean").GetDouble()));
        screen.AssertNoErrors();
    }
}
