using System.Net.Http.Json;
using Anju.Dashboard.Tests.Infrastructure;
using static Anju.Dashboard.Tests.Screens.ScreenPage;
using static Microsoft.Playwright.Assertions;

namespace Anju.Dashboard.Tests.Screens;

/// <summary>The allocation screen on a published waiting list whose public period has ended: the ranks as the server
/// gives them, names masked on the public list, an allocation out of rank order refused on the screen (409) and the next
/// in order allocated from it, after which the dwelling is allocated.</summary>
[Collection(ScreenCollection.Name)]
public sealed class AllocationScreenTests(ScreenStack stack)
{
    [Fact]
    public async Task Allocating_in_rank_order_succeeds_and_out_of_order_is_refused_on_the_screen()
    {
        var http = stack.Live.Silo.Http;
        var estate = await stack.Live.Api.RegisterAsync("配租花园", "ZC", 2);
        const string list = "/api/waitlists/ZC/PublicRental";
        foreach (var (id, name, size) in new[] { ("S-01", "黃大仙", 5), ("S-02", "何小妹", 3) })
        {
            (await http.PostAsJsonAsync($"{list}/applications", new
            {
                applicationId = id, applicant = new { name, idNumber = $"44018319850101{id[^2..]}22" }, householdSize = size, incomeBand = "LowIncome",
                residenceYears = 4, housingAreaPerPerson = 6.0, priorities = Array.Empty<string>(), appliedOn = "2026-03-01",
            })).EnsureSuccessStatusCode();
            (await http.PostAsJsonAsync($"{list}/applications/{id}/decision", new { decision = "Eligible", reason = "材料齊全" })).EnsureSuccessStatusCode();
        }

        (await http.PostAsJsonAsync($"{list}/publish", new { commandId = "screen-pub" })).EnsureSuccessStatusCode();
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        await using var screen = await ScreenPage.OpenAsync(stack);
        var page = screen.Page;

        await screen.ShowAsync($"/allocation.html?district=ZC&tenure=PublicRental&estate={estate}", "allocation", async () =>
        {
            await Expect(page.Locator("#applications-body tr[data-application='S-01'] td[data-col=rank]")).ToHaveTextAsync("1", Load);
            await Expect(page.Locator("#applications-body tr[data-application='S-02'] td[data-col=rank]")).ToHaveTextAsync("2", Load);
            await Expect(page.Locator("#public-body tr[data-application='S-01'] td").Nth(2)).ToHaveTextAsync("黃**", Load);

            await page.Locator("#allocate-application").FillAsync("S-02");
            await page.Locator("#allocate-estate").FillAsync(estate);
            await page.Locator("#allocate-dwelling").FillAsync(EstateApi.Dwelling(2));
            await page.Locator("#allocate-form button[type=submit]").ClickAsync();
            await Expect(page.Locator("#allocate-result")).ToHaveAttributeAsync("data-outcome", "refused", LoadAttribute);

            await page.Locator("#allocate-application").FillAsync("S-01");
            await page.Locator("#allocate-dwelling").FillAsync(EstateApi.Dwelling(1));
            await page.Locator("#allocate-form button[type=submit]").ClickAsync();
            await Expect(page.Locator("#allocate-result")).ToHaveAttributeAsync("data-outcome", "done", LoadAttribute);
            await Expect(page.Locator("#allocations li[data-application='S-01']")).ToHaveCountAsync(1, new() { Timeout = 10_000 });
            await Expect(page.Locator("#next-in-order")).ToContainTextAsync("S-02", new() { Timeout = 10_000 });
        });

        var dwelling = await http.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/estates/{estate}/dwellings/{EstateApi.Dwelling(1)}");
        Assert.Equal("Allocated", dwelling.GetProperty("state").GetString());
        // The refusal is a 409 the browser reports as a failed load; nothing else may go wrong on the page.
        Assert.All(screen.Errors, e => Assert.Contains("409", e, StringComparison.Ordinal));
    }
}
