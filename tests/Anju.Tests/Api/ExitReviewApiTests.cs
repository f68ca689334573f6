using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Anju.Access;
using Anju.Tests.Infrastructure;
using static Anju.Testing.Wait;

namespace Anju.Tests.Api;

/// <summary>Exit reviews over HTTP on a real silo and PostgreSQL, with the roles of the access issue: a deduction
/// crossing opens the case, the agency serves notice and decides nothing, grid staff read their grid's cases, the
/// housing office decides and carries out, and the dwelling's own exit is refused while the case is open.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ExitReviewApiTests(SiloFixture fixture)
{
    private readonly RunningSilo _silo = fixture.Silo;

    private HttpClient Http => _silo.Http;

    private static long Version(JsonElement c) => c.GetProperty("summary").GetProperty("version").GetInt64();

    private static string Stage(JsonElement c) => c.GetProperty("summary").GetProperty("stage").GetString()!;

    /// <summary>An estate with a lived-in dwelling 1-1-101 in grid G1 (head of household P440106198001011234) whose
    /// deductions reached the exit level; its case id.</summary>
    private async Task<(string Estate, string CaseId)> CaseAsync()
    {
        var estate = Fresh.EstateId("TH");
        await FacilityCity.Ok(Http.PostAsJsonAsync("/api/estates", new { estateId = estate, name = $"退出{estate}", district = "TH", street = "棠下街", floorArea = 60_000 }));
        await FacilityCity.Ok(Http.PostAsJsonAsync($"/api/estates/{estate}/grids", new { gridId = "G1", name = "一網格" }));
        await FacilityCity.Ok(Http.PostAsJsonAsync($"/api/estates/{estate}/buildings", new { buildingId = "B1", name = "1棟", gridId = "G1", floors = 18 }));
        await FacilityCity.Ok(Http.PostAsJsonAsync($"/api/estates/{estate}/dwellings",
            new { dwellingId = "1-1-101", floorArea = 60.0, buildingId = "B1", unit = 1, floor = 1, number = "01", tenure = "PublicRental" }));
        var dwelling = $"/api/estates/{estate}/dwellings/1-1-101";
        await FacilityCity.Ok(Http.PostAsJsonAsync($"{dwelling}/occupancy", new { action = "Allocate", actor = "clerk" }));
        await FacilityCity.Ok(Http.PostAsJsonAsync($"{dwelling}/occupancy", new { action = "MoveIn", actor = "clerk" }));
        await FacilityCity.Ok(Http.PutAsJsonAsync($"{dwelling}/household", new { size = 3, headOfHousehold = "P440106198001011234" }));
        await FacilityCity.Ok(Http.PostAsJsonAsync($"{dwelling}/deductions", new { points = 12, reasonCode = "SUBLET", actor = "inspector" }));
        var list = await Http.GetFromJsonAsync<JsonElement>($"/api/estates/{estate}/exit-reviews");
        Assert.Equal(1, list.GetProperty("open").GetInt32());
        return (estate, list.GetProperty("cases")[0].GetProperty("caseId").GetString()!);
    }

    [Fact]
    public async Task A_case_opened_by_deductions_goes_from_notice_to_carried_out_with_each_role_in_its_place()
    {
        var (estate, id) = await CaseAsync();
        var root = $"/api/estates/{estate}/exit-reviews/{id}";
        using var agency = await _silo.ClientAsync($"xag-{estate}".ToLowerInvariant(), new Grant(Role.Agency, ScopeKind.Estate, estate));
        using var grid = await _silo.ClientAsync($"xgs-{estate}".ToLowerInvariant(), new Grant(Role.GridStaff, ScopeKind.Grid, $"{estate}/G1"));

        var c = await grid.GetFromJsonAsync<JsonElement>(root);
        Assert.Equal(("Opened", "Deductions"), (Stage(c), c.GetProperty("summary").GetProperty("reasons")[0].GetString()));
        Assert.Equal(["ServeNotice"], c.GetProperty("allowed").EnumerateArray().Select(a => a.GetString()));
        Assert.Single((await grid.GetFromJsonAsync<JsonElement>($"/api/estates/{estate}/exit-reviews")).GetProperty("cases").EnumerateArray());
        await ProblemAssert.StatusAsync(await grid.PostAsJsonAsync($"{root}/notice", new { expectedVersion = Version(c), reason = "送達" }), HttpStatusCode.Forbidden);
        await ProblemAssert.NamesFieldAsync(await agency.PostAsJsonAsync($"{root}/notice", new { expectedVersion = Version(c) }), "reason");
        await ProblemAssert.NamesFieldAsync(await agency.PostAsJsonAsync($"{root}/notice", new { expectedVersion = Version(c), reason = " " }), "reason");
        await ProblemAssert.NamesFieldAsync(await agency.PostAsJsonAsync($"{root}/notice", new { expectedVersion = Version(c), reason = new string('x', 1001) }), "reason");

        c = await FacilityCity.Ok(agency.PostAsJsonAsync($"{root}/notice", new { expectedVersion = Version(c), reason = "上門送達", commandId = "n-1" }));
        Assert.Equal(Version(c), Version(await FacilityCity.Ok(agency.PostAsJsonAsync($"{root}/notice", new { expectedVersion = Version(c) - 1, reason = "上門送達", commandId = "n-1" }))));
        await ProblemAssert.StatusAsync(await agency.PostAsJsonAsync($"{root}/notice", new { expectedVersion = Version(c), reason = "另一內容", commandId = "n-1" }), HttpStatusCode.Conflict);
        await ProblemAssert.StatusAsync(await agency.PostAsJsonAsync($"{root}/hearing", new { expectedVersion = Version(c), reason = "聽證" }), HttpStatusCode.Forbidden);

        var dwelling = $"/api/estates/{estate}/dwellings/1-1-101";
        var refused = await ProblemAssert.StatusAsync(await Http.PostAsJsonAsync($"{dwelling}/occupancy", new { action = "RequestExit", actor = "clerk" }), HttpStatusCode.Conflict);
        Assert.Contains(id, refused.GetProperty("detail").GetString());

        await ProblemAssert.NamesFieldAsync(await Http.PostAsJsonAsync($"{root}/hearing", new { expectedVersion = Version(c) }), "reason");
        c = await FacilityCity.Ok(Http.PostAsJsonAsync($"{root}/hearing", new { expectedVersion = Version(c), reason = "住戶到場陳述" }));
        await ProblemAssert.NamesFieldAsync(await Http.PostAsJsonAsync($"{root}/decision", new { expectedVersion = Version(c), reason = "x", decision = "Maybe" }), "decision");
        await ProblemAssert.NamesFieldAsync(await Http.PostAsJsonAsync($"{root}/decision", new { expectedVersion = Version(c), decision = "Exit" }), "reason");
        c = await FacilityCity.Ok(Http.PostAsJsonAsync($"{root}/decision", new { expectedVersion = Version(c), decision = "Exit", reason = "轉租屬實" }));
        Assert.Equal(["Appeal"], c.GetProperty("allowed").EnumerateArray().Select(a => a.GetString()));
        await ProblemAssert.StatusAsync(await Http.PostAsJsonAsync($"{root}/carry-out", new { expectedVersion = Version(c), reason = "騰退" }), HttpStatusCode.Conflict);
        c = await FacilityCity.Ok(Http.PostAsJsonAsync($"{root}/appeal", new { expectedVersion = Version(c), reason = "申請復核" }));
        c = await FacilityCity.Ok(Http.PostAsJsonAsync($"{root}/decision", new { expectedVersion = Version(c), decision = "Exit", reason = "復核維持" }));
        Assert.Equal(("ReadyToCarryOut", "CarryOut"), (Stage(c), c.GetProperty("allowed").EnumerateArray().Single().GetString())); // the second decision is final
        var ready = await EventuallyAsync(() => Http.GetFromJsonAsync<JsonElement>($"/api/estates/{estate}/exit-reviews"), l => l.GetProperty("ready").GetInt32() == 1);
        Assert.Equal((id, "ReadyToCarryOut"), (ready.GetProperty("cases")[0].GetProperty("caseId").GetString(), ready.GetProperty("cases")[0].GetProperty("stage").GetString()));
        await ProblemAssert.NamesFieldAsync(await Http.PostAsJsonAsync($"{root}/carry-out", new { expectedVersion = Version(c) }), "reason");
        c = await FacilityCity.Ok(Http.PostAsJsonAsync($"{root}/carry-out", new { expectedVersion = Version(c), reason = "騰退" }));

        Assert.Equal("CarriedOut", Stage(c));
        var steps = c.GetProperty("steps").EnumerateArray().ToList();
        Assert.Equal(6, steps.Count); // notice, hearing, decision, appeal, second decision, carry-out
        Assert.Equal($"xag-{estate}".ToLowerInvariant(), steps[0].GetProperty("actor").GetString());
        Assert.Equal("Vacated", (await Http.GetFromJsonAsync<JsonElement>(dwelling)).GetProperty("state").GetString());
        var list = await EventuallyAsync(() => Http.GetFromJsonAsync<JsonElement>($"/api/estates/{estate}/exit-reviews"), l => l.GetProperty("open").GetInt32() == 0);
        Assert.Equal(1, list.GetProperty("byStage").GetProperty("CarriedOut").GetInt32());
        Assert.Equal("P440106198001011234", list.GetProperty("cases")[0].GetProperty("headOfHousehold").GetString()); // the household it was about
    }

    [Fact]
    public async Task A_keep_decision_closes_the_case_and_the_household_is_masked_for_those_not_shown_identities()
    {
        var (estate, id) = await CaseAsync();
        var root = $"/api/estates/{estate}/exit-reviews/{id}";
        var c = await Http.GetFromJsonAsync<JsonElement>(root);
        c = await FacilityCity.Ok(Http.PostAsJsonAsync($"{root}/notice", new { expectedVersion = Version(c), reason = "書面送達" }));
        c = await FacilityCity.Ok(Http.PostAsJsonAsync($"{root}/hearing", new { expectedVersion = Version(c), reason = "到場陳述" }));
        c = await FacilityCity.Ok(Http.PostAsJsonAsync($"{root}/decision", new { expectedVersion = Version(c), decision = "Keep", reason = "已整改" }));
        Assert.Equal("Closed", Stage(c));
        Assert.Empty(c.GetProperty("allowed").EnumerateArray());
        Assert.Equal(["ServeNotice", "HoldHearing", "Decide", "Close"], c.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("action").GetString()));
        await ProblemAssert.StatusAsync(await Http.PostAsJsonAsync($"{root}/close", new { expectedVersion = Version(c), reason = "結案" }), HttpStatusCode.Conflict);
        await ProblemAssert.NamesFieldAsync(await Http.PostAsJsonAsync($"{root}/close", new { expectedVersion = Version(c) }), "reason");

        // Nothing holds back the household's own exit once the case is closed.
        await FacilityCity.Ok(Http.PostAsJsonAsync($"/api/estates/{estate}/dwellings/1-1-101/occupancy", new { action = "RequestExit", actor = "clerk" }));

        using var street = await _silo.ClientAsync($"xso-{estate}".ToLowerInvariant(), new Grant(Role.StreetOffice, ScopeKind.Street, "TH/棠下街"));
        var masked = (await street.GetFromJsonAsync<JsonElement>($"/api/estates/{estate}/exit-reviews")).GetProperty("cases")[0];
        Assert.Equal("P4***************34", masked.GetProperty("headOfHousehold").GetString());
        Assert.Equal("P4***************34", (await street.GetFromJsonAsync<JsonElement>(root)).GetProperty("summary").GetProperty("headOfHousehold").GetString());
        Assert.Equal("P440106198001011234", (await Http.GetFromJsonAsync<JsonElement>(root)).GetProperty("summary").GetProperty("headOfHousehold").GetString());
    }

    [Fact]
    public async Task Unknown_cases_are_404_and_other_places_are_403()
    {
        var (estate, id) = await CaseAsync();
        await ProblemAssert.StatusAsync(await Http.GetAsync($"/api/estates/{estate}/exit-reviews/EX-20260101-ZZZZZZ"), HttpStatusCode.NotFound);
        await ProblemAssert.StatusAsync(await Http.PostAsJsonAsync($"/api/estates/{estate}/exit-reviews/EX-20260101-ZZZZZZ/notice", new { expectedVersion = 1, reason = "送達" }), HttpStatusCode.NotFound);
        await ProblemAssert.StatusAsync(await Http.GetAsync("/api/estates/NS-404X/exit-reviews"), HttpStatusCode.NotFound);
        await ProblemAssert.StatusAsync(await Http.GetAsync($"/api/estates/NS-404X/exit-reviews/{id}"), HttpStatusCode.NotFound);

        using var elsewhere = await _silo.ClientAsync($"xag2-{estate}".ToLowerInvariant(), new Grant(Role.Agency, ScopeKind.Estate, Fresh.EstateId("TH")));
        await ProblemAssert.StatusAsync(await elsewhere.GetAsync($"/api/estates/{estate}/exit-reviews/{id}"), HttpStatusCode.Forbidden);
        Assert.Empty((await elsewhere.GetFromJsonAsync<JsonElement>($"/api/estates/{estate}/exit-reviews")).GetProperty("cases").EnumerateArray());
        await ProblemAssert.NamesFieldAsync(await Http.PostAsJsonAsync($"/api/estates/{estate}/exit-reviews/{id}/notice", new { reason = "送達" }), "expectedVersion");
    }
}
