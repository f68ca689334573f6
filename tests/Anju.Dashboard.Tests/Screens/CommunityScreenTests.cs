using System.Net.Http.Json;
using System.Text.Json;
using Anju.Dashboard.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Anju.Dashboard.Tests.Screens;

/// <summary>The community screen: the housing office records a committee meeting with a vote from the screen and sees
/// the carried motion as a resolution with its follow-up, as the API holds it; parts without data say so.</summary>
[Collection(ScreenCollection.Name)]
public sealed class CommunityScreenTests(ScreenStack stack)
{
    [Fact]
    public async Task A_meeting_recorded_with_a_vote_shows_its_resolution()
    {
        var http = stack.Live.Silo.Http;
        var estateId = await stack.Live.Api.RegisterAsync("棠下議事小區", "TH", 2);
        foreach (var (id, name, party) in new[] { ("M1", "陳大文", "HousingOffice"), ("M2", "李小明", "Police"), ("M3", "黃美玲", "TenantsRepresentative") })
        {
            var seated = await http.PostAsJsonAsync($"/api/estates/{estateId}/committee/members", new { memberId = id, name, party, termStart = "2026-01-01", termEnd = "2030-12-31" });
            seated.EnsureSuccessStatusCode();
        }

        await using var screen = await ScreenPage.OpenAsync(stack);
        var page = screen.Page;
        await screen.ShowAsync($"/community.html?estate={estateId}", "community-meeting", async () =>
        {
            await Expect(page.Locator("#members li")).ToHaveCountAsync(3, new() { Timeout = 10_000 });
            await Expect(page.Locator("#resolutions-empty")).ToBeVisibleAsync();
            await Expect(page.Locator("#satisfaction-note")).ToContainTextAsync("尚无评价或调查", new() { Timeout = 10_000 });

            await page.Locator("#meeting-form-box summary").ClickAsync();
            await page.Locator("#meeting-date").FillAsync("2026-12-05");
            await page.Locator("#meeting-date").DispatchEventAsync("change");
            await Expect(page.Locator("#meeting-attendees tr")).ToHaveCountAsync(3, new() { Timeout = 5_000 });
            await page.Locator("#motion-title").FillAsync("增設電動車充電樁");
            foreach (var (member, vote) in new[] { ("M1", "For"), ("M2", "For"), ("M3", "Against") })
            {
                var row = page.Locator($"#meeting-attendees tr[data-attendee={member}]");
                await row.Locator("input[name=attends]").CheckAsync();
                await row.Locator("select").SelectOptionAsync(vote);
            }

            await page.Locator("#followup-what").FillAsync("物業公司報價");
            await page.Locator("#followup-owner").FillAsync("物業");
            await page.Locator("#followup-due").FillAsync("2027-01-15");
            await page.Locator("#meeting-save").ClickAsync();

            await Expect(page.Locator("#resolutions li")).ToHaveCountAsync(1, new() { Timeout = 10_000 });
            await Expect(page.Locator("#resolutions li")).ToContainTextAsync("增設電動車充電樁");
            await Expect(page.Locator("#resolutions li")).ToContainTextAsync("物業公司報價");
            await Expect(page.Locator("#meetings li")).ToContainTextAsync("通过 (2/1/0)");
            await Expect(page.Locator("#committee-error")).ToBeHiddenAsync();
        });

        var committee = await http.GetFromJsonAsync<JsonElement>($"/api/estates/{estateId}/committee");
        var resolution = Assert.Single(committee.GetProperty("resolutions").EnumerateArray());
        Assert.Equal("增設電動車充電樁", resolution.GetProperty("title").GetString());
        Assert.Equal(3, committee.GetProperty("meetings")[0].GetProperty("record").GetProperty("attendees").GetArrayLength());
        screen.AssertNoErrors();
    }
}
