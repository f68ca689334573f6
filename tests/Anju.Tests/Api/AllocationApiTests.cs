using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Anju.Access;

namespace Anju.Tests.Api;

/// <summary>Fair allocation and second-address registration over HTTP on a real silo and PostgreSQL (the public period
/// shortened to a few seconds): applications checked and ranked, the public list masked for everyone, allocation refused
/// during the period and out of rank order, an exception approved by one housing-office user lets another allocate, the
/// dwelling is allocated with the household; the agency reads without special groups and is refused the commands; registrations counted.</summary>
public sealed class AllocationApiTests(AllocationApiTests.ShortPeriodSilo fixture) : IClassFixture<AllocationApiTests.ShortPeriodSilo>
{
    public sealed class ShortPeriodSilo() : SiloFixture(new Dictionary<string, string?> { ["Allocation:PublicPeriod"] = "00:00:04" });

    private readonly RunningSilo _silo = fixture.Silo;

    private HttpClient Http => _silo.Http;

    private static object Application(string id, string name, int size, string band = "LowIncome", string appliedOn = "2026-02-01", string?[]? priorities = null) =>
        new { applicationId = id, applicant = new { name, idNumber = $"44010619800101{id[^2..]}34", phone = "13812345678" }, householdSize = size,
            incomeBand = band, residenceYears = 6, housingAreaPerPerson = 7.5, priorities = priorities ?? [], appliedOn };

    private async Task<string> EstateAsync(string district, string tenure, params string[] dwellings)
    {
        var estate = Fresh.EstateId(district);
        await FacilityCity.Ok(Http.PostAsJsonAsync("/api/estates", new { estateId = estate, name = $"配租{estate}", district, street = "測試街", floorArea = 40_000 }));
        await FacilityCity.Ok(Http.PostAsJsonAsync($"/api/estates/{estate}/grids", new { gridId = "G1", name = "一網格" }));
        await FacilityCity.Ok(Http.PostAsJsonAsync($"/api/estates/{estate}/buildings", new { buildingId = "B1", name = "1棟", gridId = "G1", floors = 18 }));
        foreach (var d in dwellings)
        {
            await FacilityCity.Ok(Http.PostAsJsonAsync($"/api/estates/{estate}/dwellings",
                new { dwellingId = d, floorArea = 50.0, buildingId = "B1", unit = 1, floor = 3, number = d, tenure }));
        }

        return estate;
    }

    [Fact]
    public async Task Allocation_goes_in_rank_order_after_the_public_period_and_an_exception_needs_a_second_person()
    {
        var estate = await EstateAsync("BY", "PublicRental", "D1", "D2", "D3");
        const string list = "/api/waitlists/BY/PublicRental";
        await FacilityCity.Ok(Http.PostAsJsonAsync($"{list}/applications", Application("A-01", "張三豐", 5)));
        await FacilityCity.Ok(Http.PostAsJsonAsync($"{list}/applications", Application("A-02", "李小龍", 4)));
        await FacilityCity.Ok(Http.PostAsJsonAsync($"{list}/applications", Application("A-03", "王五", 2)));
        await FacilityCity.Ok(Http.PostAsJsonAsync($"{list}/applications", Application("A-03", "王五", 2)));
        await FacilityCity.Ok(Http.PostAsJsonAsync($"{list}/applications", Application("A-04", "趙六", 3, band: "Above")));
        await ProblemAssert.StatusAsync(await Http.PostAsJsonAsync($"{list}/applications", Application("A-03", "王五", 3)), HttpStatusCode.Conflict);
        Assert.Equal("householdSize", await ProblemAssert.FieldAsync(await Http.PostAsJsonAsync($"{list}/applications", Application("A-09", "錢七", 0))));
        Assert.Equal("appliedOn", await ProblemAssert.FieldAsync(await Http.PostAsJsonAsync($"{list}/applications", Application("A-09", "錢七", 2, appliedOn: "1999-12-31"))));
        Assert.Equal("priorities[0]", await ProblemAssert.FieldAsync(await Http.PostAsJsonAsync($"{list}/applications", Application("A-09", "錢七", 2, priorities: [null]))));
        Assert.Equal("tenure", await ProblemAssert.FieldAsync(await Http.GetAsync("/api/waitlists/BY/Villa")));
        foreach (var id in new[] { "A-01", "A-02", "A-03" })
        {
            await FacilityCity.Ok(Http.PostAsJsonAsync($"{list}/applications/{id}/decision", new { decision = "Eligible", reason = "材料齊全" }));
        }

        await ProblemAssert.StatusAsync(await Http.PostAsJsonAsync($"{list}/applications/A-04/decision", new { decision = "Eligible", reason = "x" }), HttpStatusCode.Conflict);
        await ProblemAssert.StatusAsync(await Http.PostAsJsonAsync($"{list}/applications/A-99/decision", new { decision = "Eligible", reason = "x" }), HttpStatusCode.NotFound);

        var published = await FacilityCity.Ok(Http.PostAsJsonAsync($"{list}/publish", new { commandId = "pub-1" }));
        var board = await Http.GetFromJsonAsync<JsonElement>($"{list}/public-list");
        Assert.Equal(["張**", "李**", "王**"], board.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("name").GetString()));
        Assert.DoesNotContain("1980", board.GetProperty("rows")[0].GetProperty("idNumber").GetString(), StringComparison.Ordinal);
        var allocate = (string app, string dwelling) => new { applicationId = app, estateId = estate, dwellingId = dwelling };
        await ProblemAssert.StatusAsync(await Http.PostAsJsonAsync($"{list}/allocations", allocate("A-01", "D1")), HttpStatusCode.Conflict);

        await Task.Delay(TimeSpan.FromSeconds(4.5));
        await ProblemAssert.StatusAsync(await Http.PostAsJsonAsync($"{list}/allocations", allocate("A-03", "D3")), HttpStatusCode.Conflict);
        await FacilityCity.Ok(Http.PostAsJsonAsync($"{list}/exceptions", new { applicationId = "A-03", reason = "重病，需就近就醫" }));
        await ProblemAssert.StatusAsync(await Http.PostAsJsonAsync($"{list}/allocations", allocate("A-03", "D3")), HttpStatusCode.Conflict);
        using var second = await _silo.ClientAsync("alloc-by-office-2", new Grant(Role.HousingOffice, ScopeKind.District, "BY"));
        var exceptional = await FacilityCity.Ok(second.PostAsJsonAsync($"{list}/allocations", allocate("A-03", "D3")));
        Assert.Equal(["A-01", "A-02"], exceptional.GetProperty("passedOver").EnumerateArray().Select(e => e.GetString()));
        await FacilityCity.Ok(second.PostAsJsonAsync($"{list}/allocations", allocate("A-01", "D1")));
        await FacilityCity.Ok(second.PostAsJsonAsync($"{list}/allocations", allocate("A-01", "D1")));
        await ProblemAssert.StatusAsync(await second.PostAsJsonAsync($"{list}/allocations", allocate("A-02", "D1")), HttpStatusCode.Conflict);

        var dwelling = await Http.GetFromJsonAsync<JsonElement>($"/api/estates/{estate}/dwellings/D1");
        Assert.Equal("Allocated", dwelling.GetProperty("state").GetString());
        Assert.Equal(5, dwelling.GetProperty("household").GetProperty("size").GetInt32());
        var view = await Http.GetFromJsonAsync<JsonElement>(list);
        Assert.Equal(("A-02", 2), (view.GetProperty("nextInOrder").GetString(), view.GetProperty("allocations").GetArrayLength()));
        Assert.Equal(published.GetProperty("number").GetInt32(), view.GetProperty("publicList").GetProperty("number").GetInt32());
    }

    [Fact]
    public async Task The_agency_reads_applicants_without_special_groups_and_is_refused_the_commands_and_another_district_is_refused()
    {
        const string list = "/api/waitlists/HD/Economy";
        await FacilityCity.Ok(Http.PostAsJsonAsync($"{list}/applications", Application("B-01", "陳大文", 3)));
        using var agency = await _silo.ClientAsync("alloc-agency-hd", new Grant(Role.Agency, ScopeKind.District, "HD"));
        using var elsewhere = await _silo.ClientAsync("alloc-office-hz", new Grant(Role.HousingOffice, ScopeKind.District, "HZ"));
        // The agency sees contacts but not special groups: the income band (低保 …) and priority categories are left out.
        var masked = await agency.GetFromJsonAsync<JsonElement>(list);
        var form = masked.GetProperty("applications")[0].GetProperty("form");
        Assert.Equal("陳大文", form.GetProperty("applicant").GetProperty("name").GetString());
        Assert.False(form.TryGetProperty("incomeBand", out _));
        Assert.False(form.TryGetProperty("priorities", out _));
        var whole = await Http.GetFromJsonAsync<JsonElement>(list);
        Assert.Equal("LowIncome", whole.GetProperty("applications")[0].GetProperty("form").GetProperty("incomeBand").GetString());

        Assert.Equal(HttpStatusCode.Forbidden, (await agency.PostAsJsonAsync($"{list}/applications", Application("B-02", "x", 1))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await agency.PostAsJsonAsync($"{list}/publish", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await elsewhere.GetAsync(list)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await elsewhere.PostAsJsonAsync($"{list}/exceptions", new { applicationId = "B-01", reason = "x" })).StatusCode);
    }

    [Fact]
    public async Task Second_address_registrations_are_handed_off_registered_and_counted()
    {
        var estate = await EstateAsync("LW", "PublicRental", "D1", "D2");
        var book = $"/api/registrations/estates/{estate}";
        await FacilityCity.Ok(Http.PostAsJsonAsync($"{book}/members", new { memberRef = "P-0001", dwellingId = "D1", hukouPlace = "湖南省長沙市", on = "2026-11-02" }));
        await FacilityCity.Ok(Http.PostAsJsonAsync($"{book}/members", new { memberRef = "P-0002", dwellingId = "D1", hukouPlace = "湖南省長沙市", on = "2026-11-02" }));
        await FacilityCity.Ok(Http.PostAsJsonAsync($"{book}/members", new { memberRef = "P-0003", dwellingId = "D1", hukouPlace = "廣州市荔灣區", stage = "HukouMovedIn", on = "2026-11-02" }));
        Assert.Equal("dwellingId", await ProblemAssert.FieldAsync(await Http.PostAsJsonAsync($"{book}/members", new { memberRef = "P-9", dwellingId = "D9", hukouPlace = "x", on = "2026-11-02" })));
        Assert.Equal("on", await ProblemAssert.FieldAsync(await Http.PostAsJsonAsync($"{book}/members", new { memberRef = "P-9", dwellingId = "D1", hukouPlace = "x", on = "2101-01-01" })));
        await ProblemAssert.StatusAsync(await Http.PostAsJsonAsync($"{book}/members/P-0001/registered", new { on = "2026-11-20" }), HttpStatusCode.Conflict);
        await FacilityCity.Ok(Http.PostAsJsonAsync($"{book}/handoffs", new { handOffId = "HO-1", station = "逢源派出所", on = "2026-11-05", members = new[] { "P-0001", "P-0002" } }));
        await FacilityCity.Ok(Http.PostAsJsonAsync($"{book}/handoffs", new { handOffId = "HO-1", station = "逢源派出所", on = "2026-11-05", members = new[] { "P-0001", "P-0002" } }));
        await FacilityCity.Ok(Http.PostAsJsonAsync($"{book}/members/P-0001/registered", new { on = "2026-11-20" }));
        await ProblemAssert.StatusAsync(await Http.PostAsJsonAsync($"{book}/members/P-0404/registered", new { on = "2026-11-20" }), HttpStatusCode.NotFound);

        var counts = (await Http.GetFromJsonAsync<JsonElement>(book)).GetProperty("counts");
        Assert.Equal((1, 1, 1, 1), (counts.GetProperty("registered").GetInt32(), counts.GetProperty("pending").GetInt32(),
            counts.GetProperty("hukouMovedIn").GetInt32(), counts.GetProperty("submitted").GetInt32()));
        using var company = await _silo.ClientAsync($"reg-co-{estate}".ToLowerInvariant(), new Grant(Role.PropertyCompany, ScopeKind.Estate, estate));
        Assert.Equal(HttpStatusCode.Forbidden, (await company.GetAsync(book)).StatusCode);
    }
}
