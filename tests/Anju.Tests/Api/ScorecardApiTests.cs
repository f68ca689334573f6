using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Anju.Access;
using Anju.Tests.Infrastructure;
using static Anju.Testing.Wait;

namespace Anju.Tests.Api;

/// <summary>The scorecard and the pool over HTTP: a closed order with its rating reaches its contract's scorecard; the
/// housing office assesses; a company reads only its own contract's scorecard and ranking; a city operator reads the
/// figures and enters nothing; bad input is 400 naming the field and changes nothing.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ScorecardApiTests(SiloFixture fixture)
{
    private readonly RunningSilo _silo = fixture.Silo;

    private HttpClient Http => _silo.Http;

    private static string Period => DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    private static long Version(JsonElement order) => order.GetProperty("summary").GetProperty("version").GetInt64();

    private static Task<JsonElement> Step(HttpClient client, string orderId, string step, object body) =>
        FacilityCity.Ok(client.PostAsJsonAsync($"/api/work-orders/{orderId}/{step}", body));

    [Fact]
    public async Task A_closed_order_with_its_rating_reaches_the_scorecard_and_the_company_reads_only_its_own()
    {
        var city = await FacilityCity.CreateAsync(Http);
        var other = await FacilityCity.CreateAsync(Http);
        using var grid = await city.GridStaffAsync(_silo);
        using var company = await city.CompanyAsync(_silo);
        var order = await city.ReportAsync(grid);
        var id = order.GetProperty("summary").GetProperty("orderId").GetString()!;
        order = await Step(company, id, "accept", new { expectedVersion = Version(order) });
        order = await Step(company, id, "dispatch", new { expectedVersion = Version(order), assignee = "維修班" });
        order = await Step(company, id, "on-site", new { expectedVersion = Version(order) });
        order = await Step(company, id, "repair", new { expectedVersion = Version(order), cost = 100m });
        Assert.Equal("rating", await ProblemAssert.FieldAsync(await grid.PostAsJsonAsync($"/api/work-orders/{id}/verify", new { expectedVersion = Version(order), rating = 6 })));
        order = await Step(grid, id, "verify", new { expectedVersion = Version(order), rating = 2 });
        order = await Step(grid, id, "close", new { expectedVersion = Version(order) });
        var summary = order.GetProperty("summary");
        Assert.Equal(2, summary.GetProperty("rating").GetInt32());
        Assert.NotEqual(JsonValueKind.Null, summary.GetProperty("acceptedAt").ValueKind);
        Assert.NotEqual(JsonValueKind.Null, summary.GetProperty("repairedAt").ValueKind);

        var card = await EventuallyAsync(() => company.GetFromJsonAsync<JsonElement>($"/api/contracts/{city.Contract}/scorecard"),
            c => c.GetProperty("current").GetProperty("figures").GetProperty("ordersClosed").GetInt32() == 1);
        var current = card.GetProperty("current");
        Assert.Equal(Period, current.GetProperty("period").GetString());
        Assert.Equal(1, current.GetProperty("figures").GetProperty("ratings").GetInt32());
        Assert.Equal("Satisfaction", current.GetProperty("topFactor").GetString());
        Assert.True(current.GetProperty("score").GetDecimal() < 100m);
        var evidence = await company.GetFromJsonAsync<JsonElement>($"/api/contracts/{city.Contract}/scorecard/evidence?period={Period}&factor=Satisfaction");
        Assert.Equal(id, evidence.EnumerateArray().Single().GetProperty("id").GetString());

        Assert.Equal(HttpStatusCode.Forbidden, (await company.GetAsync($"/api/contracts/{other.Contract}/scorecard")).StatusCode);
        await ProblemAssert.StatusAsync(await company.PostAsJsonAsync($"/api/contracts/{city.Contract}/assessments",
            new { period = Period, score = 100, assessor = "自評", assessedOn = "2026-01-01", evidenceRef = "X" }), HttpStatusCode.Forbidden);
        var pool = await EventuallyAsync(() => company.GetFromJsonAsync<JsonElement>("/api/pool"),
            p => p.GetProperty("ranking").EnumerateArray().Any());
        Assert.All(pool.GetProperty("ranking").EnumerateArray(), l => Assert.Equal(city.Contract, l.GetProperty("contractId").GetString()));
        Assert.All(pool.GetProperty("companies").EnumerateArray().SelectMany(c => c.GetProperty("contracts").EnumerateArray()),
            l => Assert.Equal(city.Contract, l.GetProperty("contractId").GetString()));
    }

    [Fact]
    public async Task The_housing_office_assesses_and_deducts_the_city_operator_reads_only()
    {
        var city = await FacilityCity.CreateAsync(Http);
        var path = $"/api/contracts/{city.Contract}";
        var assessment = new { period = Period, score = 60m, assessor = "廣州某評估公司", assessedOn = "2026-06-30", evidenceRef = "PG-2026-001" };

        var assessed = await FacilityCity.Ok(Http.PostAsJsonAsync($"{path}/assessments", assessment));
        Assert.Equal(12m, assessed.GetProperty("factors").EnumerateArray().Single(f => f.GetProperty("factor").GetString() == "Assessment").GetProperty("penalty").GetDecimal());
        await FacilityCity.Ok(Http.PostAsJsonAsync($"{path}/assessments", assessment));
        await ProblemAssert.StatusAsync(await Http.PostAsJsonAsync($"{path}/assessments", assessment with { score = 61m }), HttpStatusCode.Conflict);
        var deduction = new { deductionId = "KK-1", period = Period, amount = 3000m, reason = "消防通道堵塞未整改", reference = (string?)null };
        var deducted = await FacilityCity.Ok(Http.PostAsJsonAsync($"{path}/deductions", deduction));
        Assert.Equal(3000m, deducted.GetProperty("figures").GetProperty("deductions").GetDecimal());
        await FacilityCity.Ok(Http.PostAsJsonAsync($"{path}/deductions", deduction));
        await ProblemAssert.StatusAsync(await Http.PostAsJsonAsync($"{path}/deductions", deduction with { amount = 1m }), HttpStatusCode.Conflict);

        using var viewer = await _silo.ClientAsync($"sc-city-{city.Contract}".ToLowerInvariant(), new Grant(Role.CityOperator, ScopeKind.City, ""));
        var card = await viewer.GetFromJsonAsync<JsonElement>($"{path}/scorecard");
        Assert.Equal(85m, card.GetProperty("current").GetProperty("score").GetDecimal());
        Assert.Single(card.GetProperty("assessments").EnumerateArray());
        Assert.Single(card.GetProperty("deductions").EnumerateArray());
        await ProblemAssert.StatusAsync(await viewer.PostAsJsonAsync($"{path}/deductions", deduction with { deductionId = "KK-2" }), HttpStatusCode.Forbidden);
        await ProblemAssert.StatusAsync(await viewer.PostAsJsonAsync("/api/pool/companies", new { name = "某物業", creditCode = "91440101MA59ZZZZ9Z" }), HttpStatusCode.Forbidden);
        Assert.True((await viewer.GetFromJsonAsync<JsonElement>("/api/pool")).GetProperty("companies").GetArrayLength() > 0);
    }

    [Fact]
    public async Task Bad_input_is_400_naming_the_field_and_changes_nothing()
    {
        var city = await FacilityCity.CreateAsync(Http);
        var path = $"/api/contracts/{city.Contract}";
        var before = await Http.GetStringAsync($"{path}/scorecard");
        var good = new Dictionary<string, object?> { ["period"] = Period, ["score"] = 80m, ["assessor"] = "評估", ["assessedOn"] = "2026-06-30", ["evidenceRef"] = "E" };
        async Task<string> Assess(string field, object? value) =>
            await ProblemAssert.FieldAsync(await Http.PostAsJsonAsync($"{path}/assessments", new Dictionary<string, object?>(good) { [field] = value }));

        Assert.Equal("period", await Assess("period", "2026-13"));
        Assert.Equal("period", await Assess("period", "1999-12"));
        Assert.Equal("score", await Assess("score", 100.5m));
        Assert.Equal("score", await Assess("score", -1m));
        Assert.Equal("assessedOn", await Assess("assessedOn", "0001-01-01"));
        Assert.Equal("assessor", await Assess("assessor", null));
        Assert.Equal("amount", await ProblemAssert.FieldAsync(await Http.PostAsJsonAsync($"{path}/deductions", new { deductionId = "D1", period = Period, amount = -5m, reason = "r" })));
        Assert.Equal("amount", await ProblemAssert.FieldAsync(await Http.PostAsJsonAsync($"{path}/deductions", new { deductionId = "D1", period = Period, amount = 100_000_001m, reason = "r" })));
        Assert.Equal("deductionId", await ProblemAssert.FieldAsync(await Http.PostAsJsonAsync($"{path}/deductions", new { period = Period, amount = 5m, reason = "r" })));
        Assert.Equal("factor", await ProblemAssert.FieldAsync(await Http.GetAsync($"{path}/scorecard/evidence?period={Period}&factor=Luck")));
        Assert.Equal("period", await ProblemAssert.FieldAsync(await Http.GetAsync($"{path}/scorecard/evidence?period=soon&factor=Satisfaction")));
        Assert.Equal("creditCode", await ProblemAssert.FieldAsync(await Http.PostAsJsonAsync("/api/pool/companies/NOPE/standing", new { standing = "Suspended", reason = "r" })));
        Assert.Equal("standing", await ProblemAssert.FieldAsync(await Http.PostAsJsonAsync("/api/pool/companies/91440101MA59POOL2B/standing", new { standing = "Banished", reason = "r" })));
        Assert.Equal("company.creditCode", await ProblemAssert.FieldAsync(await Http.PostAsJsonAsync("/api/pool/companies", new { name = "某物業", creditCode = "short" })));
        await ProblemAssert.StatusAsync(await Http.GetAsync("/api/contracts/HT-NOPE404/scorecard"), HttpStatusCode.NotFound);
        Assert.Equal(Strip(before), Strip(await Http.GetStringAsync($"{path}/scorecard")));
    }

    [Fact]
    public async Task A_tender_needs_three_admitted_candidates_with_the_winner_among_them()
    {
        var estate = Fresh.EstateId("BY");
        await FacilityCity.Ok(Http.PostAsJsonAsync("/api/estates", new { estateId = estate, name = "招標測試", district = "BY", street = "同和街", floorArea = 90_000 }));
        await TestPool.AdmitAsync(Http);
        const string winner = "91440101MA59ABCD1X";
        object Body(object? tender, string code = winner, string selection = "Tender") => new
        {
            contractId = Fresh.EstateId("HT"), company = new { name = "招標物業", creditCode = code }, estateId = estate, serviceGrade = 3, feePerSquareMetre = 2m,
            term = new { start = "2026-01-01", end = "2027-12-31" }, selection, tender, exemptionReason = selection == "Tender" ? null : "應急接管",
        };

        Assert.Equal("tender", await ProblemAssert.FieldAsync(await Http.PostAsJsonAsync("/api/contracts", Body(null))));
        Assert.Equal("tender.candidates", await ProblemAssert.FieldAsync(await Http.PostAsJsonAsync("/api/contracts",
            Body(new { candidates = new[] { winner, TestPool.Codes[1] }, decidedOn = "2025-12-01", reference = "ZB-1" }))));
        Assert.Equal("tender.candidates", await ProblemAssert.FieldAsync(await Http.PostAsJsonAsync("/api/contracts",
            Body(new { candidates = new[] { winner, TestPool.Codes[1], "91440101MA59NOTIN9" }, decidedOn = "2025-12-01", reference = "ZB-1" }))));
        Assert.Equal("tender.candidates", await ProblemAssert.FieldAsync(await Http.PostAsJsonAsync("/api/contracts",
            Body(new { candidates = new[] { winner, null, TestPool.Codes[2] }, decidedOn = "2025-12-01", reference = "ZB-1" }))));
        Assert.Equal("company.creditCode", await ProblemAssert.FieldAsync(await Http.PostAsJsonAsync("/api/contracts",
            Body(new { candidates = TestPool.Codes.Skip(1).Take(3), decidedOn = "2025-12-01", reference = "ZB-1" }))));
        Assert.Equal("company.creditCode", await ProblemAssert.FieldAsync(await Http.PostAsJsonAsync("/api/contracts", Body(null, "91440101MA59NOTIN9", "DirectAppointment"))));
        Assert.Equal(HttpStatusCode.Created, (await Http.PostAsJsonAsync("/api/contracts", Body(TestPool.TenderBody(winner)))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await Http.PostAsJsonAsync("/api/contracts", Body(null, winner, "DirectAppointment"))).StatusCode);
    }

    /// <summary>The scorecard without its version and time stamp, which every read renews.</summary>
    private static string Strip(string json)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(json)!;
        node["current"]!.AsObject().Remove("version");
        node["current"]!.AsObject().Remove("updatedAt");
        return node.ToJsonString();
    }
}
