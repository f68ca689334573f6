using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Anju.Access;
using Anju.Tests.Infrastructure;

namespace Anju.Tests.Api;

/// <summary>The compact's supervision and an incident's rating over HTTP on a real silo and PostgreSQL, with the roles
/// of the access issue: the street office records a breach of the compact in force and the housing office marks it put
/// right (a security supervisor reads it and records nothing, the agency may not resolve it); a resident's rating of a
/// closed incident reaches the estate's satisfaction and the city's rollup.</summary>
[Collection(PostgresCollection.Name)]
public sealed class CommunitySupervisionApiTests(SiloFixture fixture)
{
    private readonly RunningSilo _silo = fixture.Silo;

    private HttpClient Http => _silo.Http;

    [Fact]
    public async Task A_breach_of_the_compact_is_recorded_and_put_right_each_by_the_role_that_may()
    {
        var city = await FacilityCity.CreateAsync(Http);
        var committee = $"/api/estates/{city.Estate}/committee";
        var supervision = $"{committee}/compact/supervision";
        var breach = new { recordId = "SV-1", date = "2026-12-06", breach = "消防通道堆放雜物", followUp = "責成樓長三日內清理" };
        using var street = await _silo.ClientAsync($"cst-{city.Estate}".ToLowerInvariant(), new Grant(Role.StreetOffice, ScopeKind.Street, "TH/測試街"));
        using var security = await _silo.ClientAsync($"css-{city.Estate}".ToLowerInvariant(), new Grant(Role.SecuritySupervisor, ScopeKind.Estate, city.Estate));
        using var agency = await _silo.ClientAsync($"cag-{city.Estate}".ToLowerInvariant(), new Grant(Role.Agency, ScopeKind.Estate, city.Estate));

        // A breach is of a compact in force: none yet.
        await ProblemAssert.StatusAsync(await street.PostAsJsonAsync(supervision, breach), HttpStatusCode.Conflict);
        foreach (var (id, name, party) in new[] { ("M1", "陳大文", "HousingOffice"), ("M2", "李小明", "Police"), ("M3", "黃美玲", "ResidentsCommittee") })
        {
            await FacilityCity.Ok(Http.PostAsJsonAsync($"{committee}/members", new { memberId = id, name, party, termStart = "2026-01-01", termEnd = "2028-12-31" }));
        }

        await FacilityCity.Ok(Http.PostAsJsonAsync($"{committee}/meetings", new
        {
            meetingId = "MT-1", date = "2026-12-01", attendees = new[] { "M1", "M2", "M3" },
            motions = new[] { new { motionId = "MO-1", title = "通過小區規約", votes = new[] { new { memberId = "M1", vote = "For" }, new { memberId = "M2", vote = "For" } } } },
        }));
        await FacilityCity.Ok(Http.PostAsJsonAsync($"{committee}/compact", new { number = 1, summary = "小區規約", resolutionId = "MO-1", effectiveOn = "2026-12-02" }));

        // Recorded by the street office (ManageCommunity over its street); the security supervisor reads, records nothing.
        await ProblemAssert.StatusAsync(await security.PostAsJsonAsync(supervision, breach), HttpStatusCode.Forbidden);
        var view = await FacilityCity.Ok(street.PostAsJsonAsync(supervision, breach));
        var noted = Assert.Single(view.GetProperty("supervision").EnumerateArray());
        Assert.Equal(($"cst-{city.Estate}".ToLowerInvariant(), "2026-12-06", JsonValueKind.Null),
            (noted.GetProperty("actor").GetString(), noted.GetProperty("date").GetString(), noted.GetProperty("resolvedOn").ValueKind));
        Assert.Equal(view.GetProperty("version").GetInt64(), (await FacilityCity.Ok(street.PostAsJsonAsync(supervision, breach))).GetProperty("version").GetInt64());
        await ProblemAssert.StatusAsync(await street.PostAsJsonAsync(supervision, breach with { followUp = "另一內容" }), HttpStatusCode.Conflict);
        Assert.Equal("breach", await ProblemAssert.FieldAsync(await street.PostAsJsonAsync(supervision, breach with { recordId = "SV-2", breach = " " })));

        // Put right by the housing office; the agency reads the committee but may not resolve.
        var resolve = $"{supervision}/SV-1/resolve";
        await ProblemAssert.StatusAsync(await agency.PostAsJsonAsync(resolve, new { resolvedOn = "2026-12-08" }), HttpStatusCode.Forbidden);
        Assert.Equal("resolvedOn", await ProblemAssert.FieldAsync(await Http.PostAsJsonAsync(resolve, new { resolvedOn = "2026-12-05" })));
        await ProblemAssert.StatusAsync(await Http.PostAsJsonAsync($"{supervision}/SV-9/resolve", new { resolvedOn = "2026-12-08" }), HttpStatusCode.NotFound);
        view = await FacilityCity.Ok(Http.PostAsJsonAsync(resolve, new { resolvedOn = "2026-12-08" }));
        var resolved = Assert.Single(view.GetProperty("supervision").EnumerateArray());
        Assert.Equal(("2026-12-08", TestAccounts.Operator), (resolved.GetProperty("resolvedOn").GetString(), resolved.GetProperty("resolvedBy").GetString()));
        await FacilityCity.Ok(Http.PostAsJsonAsync(resolve, new { resolvedOn = "2026-12-08" })); // the same again is harmless
        await ProblemAssert.StatusAsync(await Http.PostAsJsonAsync(resolve, new { resolvedOn = "2026-12-09" }), HttpStatusCode.Conflict);

        var read = (await security.GetFromJsonAsync<JsonElement>(committee)).GetProperty("supervision")[0];
        Assert.Equal(("SV-1", "2026-12-08"), (read.GetProperty("recordId").GetString(), read.GetProperty("resolvedOn").GetString()));
    }

    [Fact]
    public async Task A_residents_rating_of_a_closed_incident_reaches_the_estates_satisfaction_and_the_city()
    {
        var estate = await IncidentApiTests.EstateAsync(Http, "LW");
        var satisfaction = $"/api/estates/{estate}/satisfaction";
        var filed = await FacilityCity.Ok(Http.PostAsJsonAsync("/api/incidents", new
        {
            category = "Parking", severity = "Minor", source = "Resident", description = "車輛堵塞消防通道", location = new { estateId = estate, gridId = "G1" },
        }));
        var id = filed.GetProperty("summary").GetProperty("incidentId").GetString()!;
        var incident = filed;
        foreach (var (step, body) in new (string, object)[]
        {
            ("acknowledge", new { }), ("dispatch", new { }), ("accept", new { }), ("feedback", new { note = "已挪車" }), ("close", new { }),
        })
        {
            var fields = JsonSerializer.SerializeToElement(body).EnumerateObject().ToDictionary(p => p.Name, p => (object)p.Value);
            fields["expectedVersion"] = incident.GetProperty("summary").GetProperty("version").GetInt64();
            incident = await FacilityCity.Ok(Http.PostAsJsonAsync($"/api/incidents/{id}/{step}", fields));
        }

        Assert.Equal(0, (await Http.GetFromJsonAsync<JsonElement>(satisfaction)).GetProperty("incidentRatings").GetInt32()); // closed, not yet rated
        var version = incident.GetProperty("summary").GetProperty("version").GetInt64();
        Assert.Equal("rating", await ProblemAssert.FieldAsync(await Http.PostAsJsonAsync($"/api/incidents/{id}/evaluate", new { expectedVersion = version, rating = 9 })));
        await FacilityCity.Ok(Http.PostAsJsonAsync($"/api/incidents/{id}/evaluate", new { expectedVersion = version, rating = 2 }));

        var view = await Wait.EventuallyAsync(() => Http.GetFromJsonAsync<JsonElement>(satisfaction), v => v.GetProperty("incidentRatings").GetInt32() == 1);
        var counts = view.GetProperty("counts");
        Assert.Equal((1, 2, 0, 2.0), (counts.GetProperty("caseRatings").GetInt32(), counts.GetProperty("caseScoreSum").GetInt32(),
            view.GetProperty("workOrderRatings").GetInt32(), counts.GetProperty("mean").GetDouble()));

        var rollup = await Wait.EventuallyAsync(() => Http.GetFromJsonAsync<JsonElement>("/api/satisfaction"),
            r => r.GetProperty("estates").EnumerateArray().Any(e => e.GetProperty("estateId").GetString() == estate));
        var mine = rollup.GetProperty("estates").EnumerateArray().Single(e => e.GetProperty("estateId").GetString() == estate);
        Assert.Equal(("LW", 1), (mine.GetProperty("district").GetString(), mine.GetProperty("counts").GetProperty("caseRatings").GetInt32()));
        Assert.Contains(rollup.GetProperty("districts").EnumerateArray(), d => d.GetProperty("district").GetString() == "LW");
    }
}
