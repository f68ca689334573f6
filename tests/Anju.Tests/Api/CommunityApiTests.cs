using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Anju.Access;
using Anju.Tests.Infrastructure;

namespace Anju.Tests.Api;

/// <summary>The committee, the compact, the environment and satisfaction over HTTP on a real silo and PostgreSQL: a
/// meeting's vote becomes a resolution once, names are masked for a reader without contacts, a survey and a closed work
/// order's rating reach the estate's satisfaction, its health score and the city's rollup.</summary>
[Collection(PostgresCollection.Name)]
public sealed class CommunityApiTests(SiloFixture fixture)
{
    private readonly RunningSilo _silo = fixture.Silo;

    private HttpClient Http => _silo.Http;

    private static object Member(string id, string name, string party) =>
        new { memberId = id, name, party, termStart = "2026-01-01", termEnd = "2028-12-31" };

    private static object Meeting(string meetingId, string motionId, params (string Member, string Vote)[] votes) => new
    {
        meetingId,
        date = "2026-12-05",
        attendees = new[] { "M1", "M2", "M3" },
        motions = new[]
        {
            new
            {
                motionId,
                title = "增設電動車充電樁",
                votes = votes.Select(v => new { memberId = v.Member, vote = v.Vote }).ToArray(),
                followUps = new[] { new { itemId = "F1", what = "物業公司報價", owner = "物業", due = "2027-01-15" } },
            },
        },
    };

    [Fact]
    public async Task A_meeting_with_a_carried_vote_records_one_resolution_and_the_compact_it_adopts()
    {
        var city = await FacilityCity.CreateAsync(Http);
        var committee = $"/api/estates/{city.Estate}/committee";
        foreach (var (id, name, party) in new[] { ("M1", "陳大文", "HousingOffice"), ("M2", "李小明", "Police"), ("M3", "黃美玲", "ResidentsCommittee"), ("M4", "張建國", "TenantsRepresentative") })
        {
            await FacilityCity.Ok(Http.PostAsJsonAsync($"{committee}/members", Member(id, name, party)));
        }

        var meeting = Meeting("MT-1", "MO-1", ("M1", "For"), ("M2", "For"), ("M3", "Against"));
        var view = await FacilityCity.Ok(Http.PostAsJsonAsync($"{committee}/meetings", meeting));
        var held = view.GetProperty("meetings")[0];
        Assert.True(held.GetProperty("quorate").GetBoolean());
        Assert.Equal("Carried", held.GetProperty("tallies")[0].GetProperty("outcome").GetString());
        Assert.Equal(TestAccounts.Operator, held.GetProperty("recordedBy").GetString());
        Assert.Equal("MO-1", Assert.Single(view.GetProperty("resolutions").EnumerateArray()).GetProperty("resolutionId").GetString());

        var again = await FacilityCity.Ok(Http.PostAsJsonAsync($"{committee}/meetings", meeting));
        Assert.Equal(view.GetProperty("version").GetInt64(), again.GetProperty("version").GetInt64());
        await ProblemAssert.StatusAsync(await Http.PostAsJsonAsync($"{committee}/meetings", Meeting("MT-1", "MO-1", ("M1", "Against"))), HttpStatusCode.Conflict);
        Assert.Equal("attendees[2]", await ProblemAssert.FieldAsync(await Http.PostAsJsonAsync($"{committee}/meetings",
            new { meetingId = "MT-2", date = "2026-12-06", attendees = new[] { "M1", "M2", "X9" } })));

        view = await FacilityCity.Ok(Http.PostAsJsonAsync($"{committee}/compact", new { number = 1, summary = "充電樁使用守則", resolutionId = "MO-1", effectiveOn = "2026-12-06" }));
        Assert.Equal(1, view.GetProperty("currentCompact").GetProperty("number").GetInt32());
        view = await FacilityCity.Ok(Http.PostAsJsonAsync($"{committee}/resolutions/MO-1/follow-ups/F1/done", new { doneOn = "2026-12-07" }));
        Assert.Equal(0, view.GetProperty("openFollowUps").GetInt32());
        await ProblemAssert.StatusAsync(await Http.PostAsJsonAsync($"{committee}/resolutions/NOPE/follow-ups/F1/done", new { doneOn = "2026-12-07" }), HttpStatusCode.NotFound);

        using var security = await _silo.ClientAsync($"csec-{city.Estate}".ToLowerInvariant(), new Grant(Role.SecuritySupervisor, ScopeKind.Estate, city.Estate));
        var masked = await security.GetFromJsonAsync<JsonElement>(committee);
        Assert.Equal("陳**", masked.GetProperty("members")[0].GetProperty("name").GetString());
        await ProblemAssert.StatusAsync(await security.PostAsJsonAsync($"{committee}/members", Member("M9", "王五", "Police")), HttpStatusCode.Forbidden);
        var other = await FacilityCity.CreateAsync(Http);
        Assert.Equal(HttpStatusCode.Forbidden, (await security.GetAsync($"/api/estates/{other.Estate}/committee")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Http.GetAsync("/api/estates/NO-SUCH-9/committee")).StatusCode);
    }

    [Fact]
    public async Task Environment_counts_stations_and_sorting_figures_are_recorded_once()
    {
        var city = await FacilityCity.CreateAsync(Http);
        var environment = $"/api/estates/{city.Estate}/environment";
        using var grid = await city.GridStaffAsync(_silo);
        await FacilityCity.Ok(grid.PostAsJsonAsync($"{environment}/stations", new { stationId = "GS-1", name = "1號垃圾投放點", location = "1棟東側", streams = new[] { "Recyclable", "Kitchen", "Residual" }, staffed = true }));
        var sorting = new { kilograms = new Dictionary<string, decimal> { ["Recyclable"] = 300, ["Kitchen"] = 450, ["Hazardous"] = 2.5m, ["Residual"] = 1247.5m } };
        var view = await FacilityCity.Ok(Http.PostAsJsonAsync($"{environment}/sorting/2026-11", sorting));
        Assert.Equal(0.3763m, view.GetProperty("months")[0].GetProperty("sortingRate").GetDecimal());
        await FacilityCity.Ok(Http.PostAsJsonAsync($"{environment}/sorting/2026-11", sorting));
        await ProblemAssert.StatusAsync(await Http.PostAsJsonAsync($"{environment}/sorting/2026-11",
            new { kilograms = new Dictionary<string, decimal> { ["Residual"] = 1 } }), HttpStatusCode.Conflict);
        Assert.Equal("kilograms.Kitchen", await ProblemAssert.FieldAsync(await Http.PostAsJsonAsync($"{environment}/sorting/2026-12",
            new { kilograms = new Dictionary<string, decimal> { ["Kitchen"] = -1 } })));
        view = await FacilityCity.Ok(Http.PostAsJsonAsync($"{environment}/matters", new { recordId = "R1", category = "Parking", date = "2026-12-01", note = "消防通道停車" }));
        Assert.Equal(1, view.GetProperty("counts").EnumerateArray().Single(c => c.GetProperty("category").GetString() == "Parking").GetProperty("recorded").GetInt32());
        Assert.Single(view.GetProperty("stations").EnumerateArray());
    }

    [Fact]
    public async Task A_survey_and_a_rated_work_order_reach_the_estate_its_health_score_and_the_rollup()
    {
        var city = await FacilityCity.CreateAsync(Http);
        var satisfaction = $"/api/estates/{city.Estate}/satisfaction";
        var empty = await Http.GetFromJsonAsync<JsonElement>(satisfaction);
        Assert.Equal(JsonValueKind.Null, empty.GetProperty("counts").GetProperty("mean").ValueKind);

        var survey = new { surveyId = "SV-1", period = "2026-Q4", questions = new[] { new { question = "物業服務", counts = new[] { 4, 6, 2, 0, 0 } } } };
        var view = await FacilityCity.Ok(Http.PostAsJsonAsync($"{satisfaction}/surveys", survey));
        Assert.Equal(1.83, view.GetProperty("counts").GetProperty("mean").GetDouble());
        var status = await Wait.EventuallyAsync(() => Http.GetFromJsonAsync<JsonElement>($"/api/estates/{city.Estate}"),
            s => s.GetProperty("health").GetProperty("penalties").GetProperty("Satisfaction").GetDouble() > 0);
        Assert.Equal(7.22, status.GetProperty("health").GetProperty("penalties").GetProperty("Satisfaction").GetDouble());

        using var grid = await city.GridStaffAsync(_silo);
        using var company = await city.CompanyAsync(_silo);
        var order = await city.ReportAsync(grid);
        var id = order.GetProperty("summary").GetProperty("orderId").GetString()!;
        foreach (var (client, step, extra) in new (HttpClient, string, object?)[]
        {
            (company, "accept", null), (company, "dispatch", new { assignee = "李師傅" }), (company, "on-site", null),
            (company, "repair", new { note = "更換門機板", cost = 320.00m, costCategory = "parts" }), (grid, "verify", new { rating = 5 }), (grid, "close", null),
        })
        {
            var version = order.GetProperty("summary").GetProperty("version").GetInt64();
            var body = JsonSerializer.SerializeToElement(extra ?? new { }).EnumerateObject().ToDictionary(p => p.Name, p => (object)p.Value);
            body["expectedVersion"] = version;
            order = await FacilityCity.Ok(client.PostAsJsonAsync($"/api/work-orders/{id}/{step}", body));
        }

        view = await Wait.EventuallyAsync(() => Http.GetFromJsonAsync<JsonElement>(satisfaction), v => v.GetProperty("workOrderRatings").GetInt32() == 1);
        Assert.Equal(1, view.GetProperty("counts").GetProperty("caseRatings").GetInt32());
        var rollup = await Wait.EventuallyAsync(() => Http.GetFromJsonAsync<JsonElement>("/api/satisfaction"),
            r => r.GetProperty("estates").EnumerateArray().Any(e => e.GetProperty("estateId").GetString() == city.Estate
                && e.GetProperty("counts").GetProperty("caseRatings").GetInt32() == 1));
        Assert.Contains(rollup.GetProperty("districts").EnumerateArray(), d => d.GetProperty("district").GetString() == "TH");
        await ProblemAssert.StatusAsync(await Http.PostAsJsonAsync($"{satisfaction}/surveys", survey with { period = "2026-Q3" }), HttpStatusCode.Conflict);
    }
}
