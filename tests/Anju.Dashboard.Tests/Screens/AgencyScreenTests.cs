using System.Net.Http.Json;
using System.Text.Json;
using Anju.Access;
using Anju.Dashboard.Tests.Infrastructure;
using static Anju.Dashboard.Tests.Screens.ScreenPage;
using static Microsoft.Playwright.Assertions;

namespace Anju.Dashboard.Tests.Screens;

/// <summary>The agency's screen as an agency user granted on one estate: the chase list shows the household in arrears
/// (its reference shown: the agency holds SeeContacts), a chase recorded from the row shows as its last outcome and is kept by the API; the KPIs with
/// nothing to measure say so rather than showing 0, and the month's assessment is an unsigned draft the agency cannot sign.</summary>
[Collection(ScreenCollection.Name)]
public sealed class AgencyScreenTests(ScreenStack stack)
{
    [Fact]
    public async Task A_chase_recorded_from_the_row_shows_as_its_last_outcome()
    {
        var http = stack.Live.Silo.Http;
        var estate = await stack.Live.Api.RegisterAsync("棠下代理小区", "TH", 2);
        var dwelling = EstateApi.Dwelling(1);
        await stack.Live.Api.ChangeAsync(estate, dwelling, "Allocate");
        await stack.Live.Api.ChangeAsync(estate, dwelling, "MoveIn");
        var contract = $"AG-{Guid.NewGuid():N}"[..14];
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        using (var created = await http.PostAsJsonAsync("/api/agency/contracts", new
        {
            contractId = contract, agencyName = "安居第三方服务中心", estateIds = new[] { estate },
            term = new { start = today.AddDays(-10).ToString("yyyy-MM-dd"), end = today.AddYears(1).ToString("yyyy-MM-dd") },
        }))
        {
            created.EnsureSuccessStatusCode();
        }

        var user = $"ag-{Guid.NewGuid():N}"[..14];
        await TestAccounts.EnsureAsync(stack.Live.Silo.ConnectionString, user, [new Grant(Role.Agency, ScopeKind.Estate, estate)]);
        await using var screen = await ScreenPage.OpenAsync(stack, user);
        await screen.SetHouseholdAsync(estate, dwelling, 3);
        await screen.ChargeRentAsync(estate, dwelling, 2);
        var page = screen.Page;

        await screen.ShowAsync($"/agency.html?estate={estate}&contract={contract}", "agency-chase", async () =>
        {
            var row = page.Locator($"#chase-body tr[data-dwelling='{dwelling}']");
            await Expect(row.Locator("td[data-col=last]")).ToHaveTextAsync("尚未催缴", Load);
            await Expect(row.Locator("td[data-col=household]")).ToHaveTextAsync($"P-{dwelling}", Load); // the agency holds SeeContacts
            await Expect(page.Locator("#kpis .figure").First).ToContainTextAsync("本月无数据");
            await Expect(page.Locator("#assessment")).ToContainTextAsync("无可考核数据 · 草稿，尚未签核", new() { Timeout = Load.Timeout }); // a draft: only the office signs
            await Expect(page.Locator("#assess-form")).ToBeHiddenAsync();

            await row.Locator("select.chase-outcome").SelectOptionAsync("Promised");
            await row.Locator("input.chase-promised").FillAsync(today.AddDays(5).ToString("yyyy-MM-dd"));
            await row.Locator("input.chase-note").FillAsync("答应下周缴清");
            await row.Locator("button.chase-record").ClickAsync();
            await Expect(row.Locator("td[data-col=last]")).ToHaveTextAsync("承诺缴纳", Load);
            await Expect(row.Locator("td[data-col=chases]")).ToHaveTextAsync("1", Soon);
        });

        var list = await http.GetFromJsonAsync<JsonElement>($"/api/casework/estates/{estate}/chase");
        var chase = Assert.Single(list.EnumerateArray().Single(r => r.GetProperty("dwellingId").GetString() == dwelling).GetProperty("chases").EnumerateArray());
        Assert.Equal(("Promised", user, "答应下周缴清"), (chase.GetProperty("outcome").GetString(), chase.GetProperty("actor").GetString(), chase.GetProperty("note").GetString()));
        screen.AssertNoErrors();
    }
}
