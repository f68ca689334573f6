using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Anju.Access;
using Anju.Tests.Infrastructure;

namespace Anju.Tests.Api;

/// <summary>Grid work, service stations and volunteers over HTTP on a real silo: grid staff work their own grid and are
/// refused the next one, a property company reads but does not record, a mediation's parties are masked for a view
/// without contacts, repeats are harmless, bad input is a 400 naming the field and unknown ids are 404.</summary>
[Collection(PostgresCollection.Name)]
public sealed class GridWorkApiTests(SiloFixture fixture)
{
    private readonly RunningSilo _silo = fixture.Silo;

    private HttpClient Http => _silo.Http;

    private static async Task<string> EstateAsync(HttpClient op)
    {
        var estate = Fresh.EstateId("TH");
        await FacilityCity.Ok(op.PostAsJsonAsync("/api/estates", new { estateId = estate, name = $"網格{estate}", district = "TH", street = "棠下街", floorArea = 50_000 }));
        foreach (var grid in new[] { "G1", "G2" })
        {
            await FacilityCity.Ok(op.PostAsJsonAsync($"/api/estates/{estate}/grids", new { gridId = grid, name = grid }));
            await FacilityCity.Ok(op.PostAsJsonAsync($"/api/estates/{estate}/buildings", new { buildingId = $"B{grid}", name = grid, gridId = grid, floors = 10 }));
        }

        foreach (var (id, building) in new[] { ("D1", "BG1"), ("D2", "BG1"), ("D3", "BG2") })
        {
            await FacilityCity.Ok(op.PostAsJsonAsync($"/api/estates/{estate}/dwellings",
                new { dwellingId = id, floorArea = 60.0, buildingId = building, unit = 1, floor = 2, number = id, tenure = "PublicRental" }));
        }

        return estate;
    }

    [Fact]
    public async Task Grid_staff_work_their_grid_and_a_repeat_changes_nothing()
    {
        var estate = await EstateAsync(Http);
        using var staff = await _silo.ClientAsync($"gw-{estate}".ToLowerInvariant(), new Grant(Role.GridStaff, ScopeKind.Grid, $"{estate}/G1"));
        var grid = $"/api/gridwork/estates/{estate}/grids/G1";
        var due = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd");

        var households = await staff.GetFromJsonAsync<JsonElement>($"{grid}/households");
        Assert.Equal(["D1", "D2"], households.EnumerateArray().Select(d => d.GetProperty("dwellingId").GetString()));
        var created = await staff.PostAsJsonAsync($"{grid}/tasks", new { what = "核對常住人口", dwellingIds = new[] { "D1", "D2" }, dueOn = due, commandId = "t-1" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var task = await created.Content.ReadFromJsonAsync<JsonElement>();
        var taskId = task.GetProperty("taskId").GetString();
        var repeat = await FacilityCity.Ok(staff.PostAsJsonAsync($"{grid}/tasks", new { what = "核對常住人口", dwellingIds = new[] { "D1", "D2" }, dueOn = due, commandId = "t-1" }));
        Assert.Equal(taskId, repeat.GetProperty("taskId").GetString());
        await ProblemAssert.StatusAsync(await staff.PostAsJsonAsync($"{grid}/tasks", new { what = "別的", dwellingIds = new[] { "D1" }, dueOn = due, commandId = "t-1" }), HttpStatusCode.Conflict);
        Assert.Equal("dwellingIds[0]", await ProblemAssert.FieldAsync(await staff.PostAsJsonAsync($"{grid}/tasks", new { what = "x", dwellingIds = new[] { "D3" }, dueOn = due })));
        Assert.Equal("dueOn", await ProblemAssert.FieldAsync(await staff.PostAsJsonAsync($"{grid}/tasks", new { what = "x", dwellingIds = new[] { "D1" }, dueOn = "1999-01-01" })));

        var done = await FacilityCity.Ok(staff.PostAsJsonAsync($"{grid}/tasks/{taskId}/visits", new { dwellingId = "D1", note = "3 人常住" }));
        Assert.Equal($"gw-{estate}".ToLowerInvariant(), done.GetProperty("done")[0].GetProperty("actor").GetString());
        await FacilityCity.Ok(staff.PostAsJsonAsync($"{grid}/tasks/{taskId}/visits", new { dwellingId = "D1", note = "3 人常住" }));
        await ProblemAssert.StatusAsync(await staff.PostAsJsonAsync($"{grid}/tasks/IT-999/visits", new { dwellingId = "D1" }), HttpStatusCode.NotFound);

        var mediation = await FacilityCity.Ok(staff.PostAsJsonAsync($"{grid}/mediations",
            new { parties = new object[] { new { name = "張三豐", phone = "13800138000", dwellingId = "D1" }, new { name = "李四" } }, issue = "樓上漏水" }));
        var mediationId = mediation.GetProperty("mediationId").GetString();
        Assert.Equal("legalAid", await ProblemAssert.FieldAsync(await staff.PostAsJsonAsync($"{grid}/mediations/{mediationId}/outcome", new { outcome = "ReferredToLegalAid" })));
        var referred = await FacilityCity.Ok(staff.PostAsJsonAsync($"{grid}/mediations/{mediationId}/outcome",
            new { outcome = "ReferredToLegalAid", legalAid = new { centre = "天河區法律援助處", referredOn = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd") } }));
        Assert.Equal("天河區法律援助處", referred.GetProperty("legalAid").GetProperty("centre").GetString());
        await ProblemAssert.StatusAsync(await staff.PostAsJsonAsync($"{grid}/mediations/{mediationId}/outcome", new { outcome = "Settled" }), HttpStatusCode.Conflict);

        var today = await staff.GetFromJsonAsync<JsonElement>($"{grid}/today");
        Assert.Equal(1, today.GetProperty("tasksDue").GetArrayLength());
        Assert.Equal(0, today.GetProperty("mediationsOpen").GetInt32());
        Assert.Equal(0, today.GetProperty("incidentsBreaching").GetInt32());
        var matters = await staff.GetFromJsonAsync<JsonElement>($"{grid}/matters");
        Assert.Equal(JsonValueKind.Array, matters.GetProperty("orders").ValueKind);

        // Their own grid shows the parties whole; the next grid is refused.
        var view = await staff.GetFromJsonAsync<JsonElement>(grid);
        Assert.Equal("張三豐", view.GetProperty("mediations")[0].GetProperty("parties")[0].GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync($"/api/gridwork/estates/{estate}/grids/G2")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostAsJsonAsync($"/api/gridwork/estates/{estate}/grids/G2/tasks", new { what = "x", dwellingIds = new[] { "D3" }, dueOn = due })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Http.GetAsync($"/api/gridwork/estates/{estate}/grids/G9")).StatusCode);
    }

    [Fact]
    public async Task A_company_reads_masked_parties_and_may_not_record()
    {
        var estate = await EstateAsync(Http);
        var grid = $"/api/gridwork/estates/{estate}/grids/G1";
        await FacilityCity.Ok(Http.PostAsJsonAsync($"{grid}/mediations",
            new { parties = new object[] { new { name = "張三豐", phone = "13800138000" }, new { name = "李四" } }, issue = "停車糾紛" }));
        using var company = await _silo.ClientAsync($"gwc-{estate}".ToLowerInvariant(), new Grant(Role.PropertyCompany, ScopeKind.Estate, estate));

        var view = await company.GetFromJsonAsync<JsonElement>(grid);
        var party = view.GetProperty("mediations")[0].GetProperty("parties")[0];
        Assert.Equal(("張**", "138****8000"), (party.GetProperty("name").GetString(), party.GetProperty("phone").GetString()));
        Assert.Equal(HttpStatusCode.Forbidden, (await company.PostAsJsonAsync($"{grid}/mediations",
            new { parties = new object[] { new { name = "甲" }, new { name = "乙" } }, issue = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await company.GetAsync($"{grid}/households")).StatusCode);
    }

    [Fact]
    public async Task Stations_and_volunteers_are_registered_validated_and_totalled()
    {
        var estate = await EstateAsync(Http);
        var stations = $"/api/stations/estates/{estate}";
        var volunteers = $"/api/volunteers/estates/{estate}";
        var station = new
        {
            name = "棠下社區服務站", address = "棠下街 1 號", staff = new[] { new { name = "周站長", role = "站長", phone = "13912345678" } },
            hours = new[] { new { day = "Monday", opens = "09:00", closes = "12:00" }, new { day = "Monday", opens = "14:00", closes = "17:30" } },
            services = new[] { "代辦證明", "政策諮詢" },
        };
        await FacilityCity.Ok(Http.PutAsJsonAsync($"{stations}/S1", station));
        await FacilityCity.Ok(Http.PutAsJsonAsync($"{stations}/S1", station));
        Assert.Equal("hours[0]", await ProblemAssert.FieldAsync(await Http.PutAsJsonAsync($"{stations}/S2", station with
        {
            hours = new[] { new { day = "Monday", opens = "18:00", closes = "09:00" } },
        })));
        Assert.Equal("hours[0].opens", await ProblemAssert.FieldAsync(await Http.PutAsJsonAsync($"{stations}/S2", station with
        {
            hours = new[] { new { day = "Monday", opens = "9am", closes = "12:00" } },
        })));
        Assert.Single((await Http.GetFromJsonAsync<JsonElement>(stations)).EnumerateArray());

        var on = DateTime.UtcNow.AddDays(-2).ToString("yyyy-MM-dd");
        await FacilityCity.Ok(Http.PutAsJsonAsync($"{volunteers}/people/V1", new { name = "陳大文", phone = "13800138000", buildingId = "BG1", security = true, registeredOn = on }));
        await FacilityCity.Ok(Http.PutAsJsonAsync($"{volunteers}/people/V2", new { name = "林小美" }));
        Assert.Equal("buildingId", await ProblemAssert.FieldAsync(await Http.PutAsJsonAsync($"{volunteers}/people/V3", new { name = "x", buildingId = "B-NONE" })));
        await FacilityCity.Ok(Http.PutAsJsonAsync($"{volunteers}/leaders/BG1", new { name = "何伯", phone = "13700001111" }));
        var activity = new { activityId = "A1", title = "夜間巡邏", kind = "SecurityPatrol", date = on, hours = new[] { new { volunteerId = "V1", hours = 3.5m }, new { volunteerId = "V2", hours = 2m } } };
        await FacilityCity.Ok(Http.PostAsJsonAsync($"{volunteers}/activities", activity));
        await FacilityCity.Ok(Http.PostAsJsonAsync($"{volunteers}/activities", activity));
        await ProblemAssert.StatusAsync(await Http.PostAsJsonAsync($"{volunteers}/activities", activity with { title = "別的" }), HttpStatusCode.Conflict);
        Assert.Equal("hours[0].hours", await ProblemAssert.FieldAsync(await Http.PostAsJsonAsync($"{volunteers}/activities", activity with
        {
            activityId = "A2", hours = new[] { new { volunteerId = "V1", hours = 25m } },
        })));
        Assert.Equal("hours[0].hours", await ProblemAssert.FieldAsync(await Http.PostAsJsonAsync($"{volunteers}/activities", activity with
        {
            activityId = "A2", hours = new[] { new { volunteerId = "V1", hours = -1m } },
        })));

        var totals = await Http.GetFromJsonAsync<JsonElement>($"{volunteers}/hours");
        Assert.Equal((5.5m, 3.5m, 1), (totals.GetProperty("estateHours").GetDecimal(), totals.GetProperty("securityHours").GetDecimal(), totals.GetProperty("securityVolunteers").GetInt32()));
        Assert.Equal("to", await ProblemAssert.FieldAsync(await Http.GetAsync($"{volunteers}/hours?from=2026-12-01&to=2026-11-01")));

        using var grid = await _silo.ClientAsync($"gwv-{estate}".ToLowerInvariant(), new Grant(Role.GridStaff, ScopeKind.Grid, $"{estate}/G1"));
        var masked = await grid.GetFromJsonAsync<JsonElement>(volunteers);
        Assert.Equal("陳**", masked.GetProperty("volunteers")[0].GetProperty("name").GetString());
        Assert.Equal("陳大文", (await Http.GetFromJsonAsync<JsonElement>(volunteers)).GetProperty("volunteers")[0].GetProperty("name").GetString());
    }
}
