using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Anju.Access;
using Anju.Tests.Infrastructure;

namespace Anju.Tests.Api;

/// <summary>An agency granted on its service contract over HTTP: it works the contract's estates and is refused on an
/// estate of the same district outside it; it sees its own contract and KPIs and not another agency's; the housing office
/// reads every contract and signs off the month's assessment, which counts only the agency's own records.</summary>
[Collection(PostgresCollection.Name)]
public sealed class AgencyContractApiTests(SiloFixture fixture)
{
    private readonly RunningSilo _silo = fixture.Silo;

    private HttpClient Http => _silo.Http;

    private async Task<string> ContractAsync(params string[] estates)
    {
        var id = Fresh.EstateId("AG");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        Assert.Equal(HttpStatusCode.Created, (await Http.PostAsJsonAsync("/api/agency/contracts", new
        {
            contractId = id, agencyName = $"機構{id}", estateIds = estates,
            term = new { start = today.AddMonths(-3).ToString("yyyy-MM-dd"), end = today.AddYears(1).ToString("yyyy-MM-dd") },
            targets = new { paidShare = 0.8 },
        })).StatusCode);
        return id;
    }

    private Task<HttpClient> AgencyAsync(string contract) =>
        _silo.ClientAsync($"ag-{contract}".ToLowerInvariant(), new Grant(Role.Agency, ScopeKind.Contract, contract));

    [Fact]
    public async Task A_contract_grant_reaches_the_contracts_estates_and_nothing_else_of_the_district()
    {
        var served = await AgencyApiTests.EstateAsync(Http);
        var outside = await AgencyApiTests.EstateAsync(Http); // same district (TH), another agency's
        var mine = await ContractAsync(served);
        var theirs = await ContractAsync(outside);
        using var agency = await AgencyAsync(mine);
        using var other = await AgencyAsync(theirs);

        // Works its estate, household references unmasked (the agency holds SeeContacts there).
        var q = $"/api/casework/estates/{served}";
        var row = Assert.Single((await agency.GetFromJsonAsync<JsonElement>($"{q}/chase")).EnumerateArray());
        Assert.Equal("P44010619800101D1", row.GetProperty("headOfHousehold").GetString());
        Assert.Equal(HttpStatusCode.Created, (await agency.PostAsJsonAsync($"{q}/chase", new { chaseId = "C1", dwellingId = "D1", outcome = "Contacted" })).StatusCode);

        // Refused on the district's other estate, reading or working.
        var there = $"/api/casework/estates/{outside}";
        Assert.Equal(HttpStatusCode.Forbidden, (await agency.GetAsync(there)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await agency.GetAsync($"{there}/chase")).StatusCode);
        await ProblemAssert.StatusAsync(await agency.PostAsJsonAsync($"{there}/chase", new { dwellingId = "D1", outcome = "Contacted" }), HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.Forbidden, (await agency.GetAsync($"/api/estates/{outside}/dwellings/D1")).StatusCode);

        // Its own contract only; another agency sees neither this contract nor its KPIs.
        var listed = (await agency.GetFromJsonAsync<JsonElement>("/api/agency/contracts")).EnumerateArray().Select(c => c.GetProperty("contractId").GetString()).ToList();
        Assert.Contains(mine, listed);
        Assert.DoesNotContain(theirs, listed);
        Assert.Equal(HttpStatusCode.OK, (await agency.GetAsync($"/api/agency/contracts/{mine}/kpis")).StatusCode);
        foreach (var path in new[] { $"/api/agency/contracts/{mine}", $"/api/agency/contracts/{mine}/kpis", $"/api/agency/contracts/{mine}/assessment", $"/api/agency/contracts/{mine}/assessments" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync(path)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync(q)).StatusCode);

        // The housing office reads every contract; the contract keeps its targets.
        var all = (await Http.GetFromJsonAsync<JsonElement>("/api/agency/contracts")).EnumerateArray().ToList();
        Assert.Contains(all, c => c.GetProperty("contractId").GetString() == mine);
        var contract = Assert.Single(all, c => c.GetProperty("contractId").GetString() == theirs);
        Assert.Equal((0.9, 0.8, 10.0), (contract.GetProperty("targets").GetProperty("onTimeShare").GetDouble(),
            contract.GetProperty("targets").GetProperty("paidShare").GetDouble(), contract.GetProperty("targets").GetProperty("intakeDays").GetDouble()));
    }

    [Fact]
    public async Task A_contract_whose_term_has_ended_no_longer_reaches_its_estates_but_its_record_stays_readable()
    {
        var estate = await AgencyApiTests.EstateAsync(Http);
        var id = Fresh.EstateId("AG");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        Assert.Equal(HttpStatusCode.Created, (await Http.PostAsJsonAsync("/api/agency/contracts", new
        {
            contractId = id, agencyName = "期滿機構", estateIds = new[] { estate },
            term = new { start = today.AddYears(-2).ToString("yyyy-MM-dd"), end = today.AddDays(-10).ToString("yyyy-MM-dd") },
        })).StatusCode);
        using var agency = await AgencyAsync(id);
        Assert.Equal(HttpStatusCode.Forbidden, (await agency.GetAsync($"/api/casework/estates/{estate}")).StatusCode);
        await ProblemAssert.StatusAsync(await agency.PostAsJsonAsync($"/api/casework/estates/{estate}/chase", new { dwellingId = "D1", outcome = "Contacted" }), HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, (await agency.GetAsync($"/api/agency/contracts/{id}/kpis")).StatusCode);
    }

    [Fact]
    public async Task The_kpis_count_the_agencys_records_and_the_office_signs_off_a_finished_month()
    {
        var estate = await AgencyApiTests.EstateAsync(Http);
        var id = await ContractAsync(estate);
        using var agency = await AgencyAsync(id);
        var q = $"/api/casework/estates/{estate}";
        await FacilityCity.Ok(agency.PostAsJsonAsync($"{q}/chase", new { chaseId = "C1", dwellingId = "D1", outcome = "Contacted" }));
        await FacilityCity.Ok(Http.PostAsJsonAsync($"{q}/chase", new { chaseId = "C2", dwellingId = "D2", outcome = "Contacted" })); // the office's
        await FacilityCity.Ok(Http.PostAsJsonAsync($"{q}/chase", new { chaseId = "C3", dwellingId = "D1", outcome = "Paid" }));      // the office's

        var month = AgencyApiTests.CityMonth();
        var kpis = await Http.GetFromJsonAsync<JsonElement>($"/api/agency/contracts/{id}/kpis?month={month}");
        Assert.Equal((1, 0), (kpis.GetProperty("dwellingsContacted").GetInt32(), kpis.GetProperty("paidAfterContact").GetInt32()));
        var draft = await agency.GetFromJsonAsync<JsonElement>($"/api/agency/contracts/{id}/assessment?month={month}");
        Assert.Equal("Fair", draft.GetProperty("grade").GetString()); // paid 0 of 1 against 0.8; the rest not measured
        Assert.Equal(JsonValueKind.Null, draft.GetProperty("signedBy").ValueKind);

        // Only the housing office signs, and only a month that is over.
        var path = $"/api/agency/contracts/{id}/assessments";
        await ProblemAssert.StatusAsync(await agency.PostAsJsonAsync(path, new { month = "2026-01" }), HttpStatusCode.Forbidden);
        Assert.Equal("month", await ProblemAssert.FieldAsync(await Http.PostAsJsonAsync(path, new { month })));
        var last = await Http.PostAsJsonAsync(path, new { month = "2026-01", note = "一月考核" });
        Assert.Equal(HttpStatusCode.Created, last.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Http.PostAsJsonAsync(path, new { month = "2026-01", note = "一月考核" })).StatusCode);
        await ProblemAssert.StatusAsync(await Http.PostAsJsonAsync(path, new { month = "2026-01", note = "改過" }), HttpStatusCode.Conflict);
        var signed = Assert.Single((await agency.GetFromJsonAsync<JsonElement>(path)).EnumerateArray());
        Assert.Equal(("2026-01", TestAccounts.Operator, "一月考核", "NotMeasured"),
            (signed.GetProperty("month").GetString(), signed.GetProperty("signedBy").GetString(), signed.GetProperty("note").GetString(), signed.GetProperty("grade").GetString()));
    }

    [Fact]
    public async Task Reviews_due_without_papers_are_listed_for_intake()
    {
        var estate = await AgencyApiTests.EstateAsync(Http);
        var longAgo = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(-14).ToString("yyyy-MM-dd");
        await FacilityCity.Ok(Http.PostAsJsonAsync($"/api/estates/{estate}/dwellings/D2/annual-review", new { receivedOn = longAgo })); // its last review, 14 months ago
        var q = $"/api/casework/estates/{estate}";
        JsonElement due = default;
        await Wait.UntilAsync(async () =>
        {
            due = (await FacilityCity.Ok(Http.PostAsync($"{q}/sync", null))).GetProperty("intakeDue");
            return due.GetArrayLength() > 0;
        }, Wait.DefaultTimeout, () => "D2 on the intake-due list");
        var item = Assert.Single(due.EnumerateArray());
        Assert.Equal(("D2", "G1", true), (item.GetProperty("dwellingId").GetString(), item.GetProperty("gridId").GetString(), item.GetProperty("overdue").GetBoolean()));

        await FacilityCity.Ok(Http.PostAsJsonAsync($"{q}/intake", new { intakeId = "I1", dwellingId = "D2", receivedOn = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd"), complete = false }));
        Assert.Equal(0, (await Http.GetFromJsonAsync<JsonElement>(q)).GetProperty("intakeDue").GetArrayLength());
    }
}
