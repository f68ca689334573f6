using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Anju.Access;
using Anju.Tests.Infrastructure;

namespace Anju.Tests.Api;

/// <summary>The agency's queues over HTTP on a real silo and PostgreSQL: the housing office signs a service contract,
/// the agency (granted on the estate) works a round whose findings land on the dwellings, chases arrears from the list,
/// takes in annual reviews, and the office reads the KPIs; an agency of another estate is refused, bad input changes nothing.</summary>
[Collection(PostgresCollection.Name)]
public sealed class AgencyApiTests(SiloFixture fixture)
{
    private readonly RunningSilo _silo = fixture.Silo;

    private HttpClient Http => _silo.Http;

    private Task<string> EstateAsync() => EstateAsync(Http);

    /// <summary>An estate in TH with one grid and three dwellings, D1 and D2 lived in, D1 with rent 40 days overdue (chased), D3 vacant.</summary>
    internal static async Task<string> EstateAsync(HttpClient Http)
    {
        var estate = Fresh.EstateId("TH");
        await FacilityCity.Ok(Http.PostAsJsonAsync("/api/estates", new { estateId = estate, name = $"代理{estate}", district = "TH", street = "棠下街", floorArea = 60_000 }));
        await FacilityCity.Ok(Http.PostAsJsonAsync($"/api/estates/{estate}/grids", new { gridId = "G1", name = "一網格" }));
        await FacilityCity.Ok(Http.PostAsJsonAsync($"/api/estates/{estate}/buildings", new { buildingId = "B1", name = "1棟", gridId = "G1", floors = 18 }));
        foreach (var d in new[] { "D1", "D2", "D3" })
        {
            await FacilityCity.Ok(Http.PostAsJsonAsync($"/api/estates/{estate}/dwellings",
                new { dwellingId = d, floorArea = 60.0, buildingId = "B1", unit = 1, floor = 2, number = d, tenure = "PublicRental" }));
        }

        foreach (var d in new[] { "D1", "D2" })
        {
            await FacilityCity.Ok(Http.PostAsJsonAsync($"/api/estates/{estate}/dwellings/{d}/occupancy", new { action = "Allocate" }));
            await FacilityCity.Ok(Http.PostAsJsonAsync($"/api/estates/{estate}/dwellings/{d}/occupancy", new { action = "MoveIn" }));
            await FacilityCity.Ok(Http.PutAsJsonAsync($"/api/estates/{estate}/dwellings/{d}/household", new { size = 3, headOfHousehold = $"P44010619800101{d}" }));
        }

        var due = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-40).ToString("yyyy-MM-dd");
        await FacilityCity.Ok(Http.PostAsJsonAsync($"/api/estates/{estate}/dwellings/D1/rent/charges", new { dueOn = due, amount = 320m }));
        return estate;
    }

    private Task<HttpClient> AgencyAsync(string estate) =>
        _silo.ClientAsync($"ag-{estate}".ToLowerInvariant(), new Grant(Role.Agency, ScopeKind.Estate, estate));

    [Fact]
    public async Task The_agency_works_its_estate_and_the_office_reads_its_kpis()
    {
        var estate = await EstateAsync();
        var contractId = Fresh.EstateId("AG");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var body = new { contractId, agencyName = "安居第三方服務中心", estateIds = new[] { estate }, term = new { start = today.AddDays(-30).ToString("yyyy-MM-dd"), end = today.AddYears(2).ToString("yyyy-MM-dd") } };
        Assert.Equal(HttpStatusCode.Created, (await Http.PostAsJsonAsync("/api/agency/contracts", body)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Http.PostAsJsonAsync("/api/agency/contracts", body)).StatusCode);
        await ProblemAssert.StatusAsync(await Http.PostAsJsonAsync("/api/agency/contracts", body with { agencyName = "別家" }), HttpStatusCode.Conflict);
        using var agency = await AgencyAsync(estate);
        await ProblemAssert.StatusAsync(await agency.PostAsJsonAsync("/api/agency/contracts", body), HttpStatusCode.Forbidden);
        Assert.Contains((await agency.GetFromJsonAsync<JsonElement>("/api/agency/contracts")).EnumerateArray(), c => c.GetProperty("contractId").GetString() == contractId);

        // A round: two visits, the sublet finding is on the dwelling.
        var q = $"/api/casework/estates/{estate}";
        var round = await FacilityCity.Ok(agency.PostAsJsonAsync($"{q}/rounds", new { roundId = "R1", title = "十二月巡查", dwellingIds = new[] { "D1", "D2" }, dueOn = today.AddDays(3).ToString("yyyy-MM-dd") }));
        Assert.Equal("R1", round.GetProperty("roundId").GetString());
        await FacilityCity.Ok(agency.PostAsJsonAsync($"{q}/rounds/R1/visits", new { dwellingId = "D1", finding = "Sublet", note = "租給他人" }));
        await FacilityCity.Ok(agency.PostAsJsonAsync($"{q}/rounds/R1/visits", new { dwellingId = "D1", finding = "Sublet", note = "租給他人" }));
        await ProblemAssert.StatusAsync(await agency.PostAsJsonAsync($"{q}/rounds/R1/visits", new { dwellingId = "D1", finding = "Idle" }), HttpStatusCode.Conflict);
        round = await FacilityCity.Ok(agency.PostAsJsonAsync($"{q}/rounds/R1/visits", new { dwellingId = "D2", finding = "NoIssue" }));
        Assert.True(round.GetProperty("completedAt").ValueKind == JsonValueKind.String);
        var d1 = await Http.GetFromJsonAsync<JsonElement>($"/api/estates/{estate}/dwellings/D1");
        var inspection = Assert.Single(d1.GetProperty("inspections").EnumerateArray());
        Assert.Equal(("Sublet", $"ag-{estate}".ToLowerInvariant()), (inspection.GetProperty("finding").GetString(), inspection.GetProperty("inspector").GetString()));
        var queues = await agency.GetFromJsonAsync<JsonElement>(q);
        Assert.Equal(1, queues.GetProperty("findings").GetProperty("Sublet").GetInt32());

        // The chase list holds D1; a chase from the row; paid after contact.
        var chase = await agency.GetFromJsonAsync<JsonElement>($"{q}/chase");
        var row = Assert.Single(chase.EnumerateArray());
        Assert.Equal("D1", row.GetProperty("dwellingId").GetString());
        await FacilityCity.Ok(agency.PostAsJsonAsync($"{q}/chase", new { chaseId = "C1", dwellingId = "D1", outcome = "Contacted", note = "電話聯繫" }));
        Assert.Equal(HttpStatusCode.Created, (await agency.PostAsJsonAsync($"{q}/chase", new { chaseId = "C1", dwellingId = "D1", outcome = "Contacted", note = "電話聯繫" })).StatusCode);
        await ProblemAssert.StatusAsync(await agency.PostAsJsonAsync($"{q}/chase", new { chaseId = "C1", dwellingId = "D1", outcome = "Paid" }), HttpStatusCode.Conflict);
        await FacilityCity.Ok(agency.PostAsJsonAsync($"{q}/chase", new { chaseId = "C2", dwellingId = "D1", outcome = "Paid" }));
        row = Assert.Single((await agency.GetFromJsonAsync<JsonElement>($"{q}/chase")).EnumerateArray());
        Assert.Equal(("Paid", 2), (row.GetProperty("lastOutcome").GetString(), row.GetProperty("chases").GetArrayLength()));

        // Intake: D2 passes (its review is recorded on the dwelling); D1 fails (an exit review is opened, or waits for the book).
        await FacilityCity.Ok(agency.PostAsJsonAsync($"{q}/intake", new { intakeId = "I1", dwellingId = "D2", receivedOn = today.AddDays(-2).ToString("yyyy-MM-dd"), complete = true }));
        var passed = await FacilityCity.Ok(agency.PostAsJsonAsync($"{q}/intake/I1/steps", new { to = "Passed" }));
        Assert.Equal("Passed", passed.GetProperty("status").GetString());
        var d2 = await Http.GetFromJsonAsync<JsonElement>($"/api/estates/{estate}/dwellings/D2");
        Assert.Equal(today.AddDays(-2).ToString("yyyy-MM-dd"), d2.GetProperty("annualReview").GetProperty("lastReviewedOn").GetString());
        await FacilityCity.Ok(agency.PostAsJsonAsync($"{q}/intake", new { intakeId = "I2", dwellingId = "D1", receivedOn = today.ToString("yyyy-MM-dd"), complete = false }));
        Assert.Equal("reason", await ProblemAssert.FieldAsync(await agency.PostAsJsonAsync($"{q}/intake/I2/steps", new { to = "Failed" })));
        var failed = await FacilityCity.Ok(agency.PostAsJsonAsync($"{q}/intake/I2/steps", new { to = "Failed", reason = "收入超標" }));
        Assert.Equal("Failed", failed.GetProperty("status").GetString());
        Assert.True(failed.GetProperty("effectPending").GetBoolean() || failed.GetProperty("exitCaseId").GetString() is { Length: > 0 });

        // The agency's Paid counts once the dwelling's arrears are seen clear: the payment is recorded on the dwelling.
        await FacilityCity.Ok(Http.PostAsJsonAsync($"/api/estates/{estate}/dwellings/D1/rent/payments", new { paidOn = today.ToString("yyyy-MM-dd"), amount = 320m }));
        await Wait.UntilAsync(async () => (await FacilityCity.Ok(agency.PostAsync($"{q}/sync", null))).ValueKind == JsonValueKind.Object
            && (await Http.GetFromJsonAsync<JsonElement>($"/api/agency/contracts/{contractId}/kpis?month={CityMonth()}")).GetProperty("paidAfterContact").GetInt32() == 1,
            Wait.DefaultTimeout, () => "the paid chase seen cleared");
        var kpis = await Http.GetFromJsonAsync<JsonElement>($"/api/agency/contracts/{contractId}/kpis?month={CityMonth()}");
        Assert.Equal((1, 1, 2), (kpis.GetProperty("dwellingsContacted").GetInt32(), kpis.GetProperty("paidAfterContact").GetInt32(), kpis.GetProperty("intakesDecided").GetInt32()));
        Assert.Equal(1.0, kpis.GetProperty("paidShare").GetDouble());
    }

    /// <summary>The city's month now (the KPIs' months are the city's, UTC+8).</summary>
    internal static string CityMonth() => DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Paperwork_opens_when_a_dwelling_is_allocated_and_closes_with_its_actor()
    {
        var estate = await EstateAsync();
        using var agency = await AgencyAsync(estate);
        var q = $"/api/casework/estates/{estate}";
        await FacilityCity.Ok(agency.PostAsync($"{q}/sync", null));
        await FacilityCity.Ok(Http.PostAsJsonAsync($"/api/estates/{estate}/dwellings/D3/occupancy", new { action = "Allocate" }));
        JsonElement item = default;
        await Wait.UntilAsync(async () =>
        {
            var queues = await FacilityCity.Ok(agency.PostAsync($"{q}/sync", null));
            item = queues.GetProperty("paperwork").EnumerateArray().FirstOrDefault(p => p.GetProperty("dwellingId").GetString() == "D3");
            return item.ValueKind == JsonValueKind.Object;
        }, Wait.DefaultTimeout, () => "move-in paperwork for D3");
        Assert.Equal("MoveIn", item.GetProperty("kind").GetString());
        var id = item.GetProperty("itemId").GetString();
        var closed = await FacilityCity.Ok(agency.PostAsJsonAsync($"{q}/paperwork/{id}/close", new { note = "合同已簽" }));
        Assert.Equal($"ag-{estate}".ToLowerInvariant(), closed.GetProperty("closedBy").GetString());
        var after = await FacilityCity.Ok(agency.PostAsync($"{q}/sync", null));
        Assert.Single(after.GetProperty("paperwork").EnumerateArray(), p => p.GetProperty("dwellingId").GetString() == "D3");
    }

    [Fact]
    public async Task Another_estates_agency_is_refused_and_bad_input_is_400_changing_nothing()
    {
        var estate = await EstateAsync();
        var other = await EstateAsync();
        using var stranger = await AgencyAsync(other);
        var q = $"/api/casework/estates/{estate}";
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.GetAsync(q)).StatusCode);
        await ProblemAssert.StatusAsync(await stranger.PostAsJsonAsync($"{q}/chase", new { dwellingId = "D1", outcome = "Contacted" }), HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.NotFound, (await Http.GetAsync("/api/casework/estates/TH-NOPE-1")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Http.GetAsync("/api/agency/contracts/AG-NOPE-1")).StatusCode);

        using var agency = await AgencyAsync(estate);
        Assert.Equal("dwellingIds[1]", await ProblemAssert.FieldAsync(await agency.PostAsJsonAsync($"{q}/rounds", new { title = "x", dwellingIds = new[] { "D1", null }, dueOn = "2026-12-31" })));
        Assert.Equal("dwellingIds[0]", await ProblemAssert.FieldAsync(await agency.PostAsJsonAsync($"{q}/rounds", new { title = "x", dwellingIds = new[] { "D9" }, dueOn = "2026-12-31" })));
        Assert.Equal("dueOn", await ProblemAssert.FieldAsync(await agency.PostAsJsonAsync($"{q}/rounds", new { title = "x", dwellingIds = new[] { "D1" }, dueOn = "2101-01-01" })));
        Assert.Equal("outcome", await ProblemAssert.FieldAsync(await agency.PostAsJsonAsync($"{q}/chase", new { dwellingId = "D1", outcome = "Threatened" })));
        Assert.Equal("promisedBy", await ProblemAssert.FieldAsync(await agency.PostAsJsonAsync($"{q}/chase", new { dwellingId = "D1", outcome = "Promised" })));
        Assert.Equal("note", await ProblemAssert.FieldAsync(await agency.PostAsJsonAsync($"{q}/chase", new { dwellingId = "D1", outcome = "Contacted", note = new string('x', 501) })));
        Assert.Equal("receivedOn", await ProblemAssert.FieldAsync(await agency.PostAsJsonAsync($"{q}/intake", new { dwellingId = "D1", receivedOn = "1999-12-31", complete = true })));
        Assert.Equal("estateIds[0]", await ProblemAssert.FieldAsync(await Http.PostAsJsonAsync("/api/agency/contracts",
            new { contractId = "AG-X", agencyName = "x", estateIds = new[] { "TH-NOPE-1" }, term = new { start = "2026-01-01", end = "2027-01-01" } })));
        Assert.Equal(HttpStatusCode.NotFound, (await agency.PostAsJsonAsync($"{q}/rounds/R-NOPE/visits", new { dwellingId = "D1", finding = "Idle" })).StatusCode);

        var queues = await agency.GetFromJsonAsync<JsonElement>(q);
        Assert.Equal(0, queues.GetProperty("rounds").GetArrayLength());
        Assert.Equal(0, queues.GetProperty("intake").GetArrayLength());
        Assert.All((await agency.GetFromJsonAsync<JsonElement>($"{q}/chase")).EnumerateArray(), r => Assert.Equal(0, r.GetProperty("chases").GetArrayLength()));
    }
}
