using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Anju.Access;
using Anju.Tests.Infrastructure;

namespace Anju.Tests.Api;

/// <summary>The facility register and work orders over HTTP on a real silo and PostgreSQL: a fault reported by grid
/// staff lives as one order through every step, the company works it and never verifies it, and every refusal
/// changes nothing.</summary>
[Collection(PostgresCollection.Name)]
public sealed class FacilityApiTests(SiloFixture fixture)
{
    private readonly RunningSilo _silo = fixture.Silo;

    private HttpClient Http => _silo.Http;

    private static Task<HttpResponseMessage> Step(HttpClient client, string orderId, string step, object body) =>
        client.PostAsJsonAsync($"/api/work-orders/{orderId}/{step}", body);

    private static long Version(JsonElement order) => order.GetProperty("summary").GetProperty("version").GetInt64();

    private static string Status(JsonElement order) => order.GetProperty("summary").GetProperty("status").GetString()!;

    [Fact]
    public async Task A_fault_reported_by_grid_staff_lives_as_one_order_from_report_to_close()
    {
        var city = await FacilityCity.CreateAsync(Http);
        using var grid = await city.GridStaffAsync(_silo);
        using var company = await city.CompanyAsync(_silo);

        var reported = await grid.PostAsJsonAsync($"{city.Register}/faults", new { facilityId = FacilityCity.Lift, code = "lift-stopped", detail = "電梯停在 7 樓" });
        Assert.Equal(HttpStatusCode.Created, reported.StatusCode);
        var order = await reported.Content.ReadFromJsonAsync<JsonElement>();
        var id = order.GetProperty("summary").GetProperty("orderId").GetString()!;
        Assert.Equal($"/api/work-orders/{id}", reported.Headers.Location?.OriginalString);
        Assert.Equal("GridStaff", order.GetProperty("source").GetString());
        Assert.Equal(city.Contract, order.GetProperty("summary").GetProperty("route").GetProperty("contractId").GetString());
        var queue = await company.GetFromJsonAsync<JsonElement>($"/api/work-queues/{city.Contract}");
        Assert.Equal(city.Contract, queue.GetProperty("queueId").GetString());

        order = await FacilityCity.Ok(Step(company, id, "accept", new { expectedVersion = Version(order) }));
        order = await FacilityCity.Ok(Step(company, id, "dispatch", new { expectedVersion = Version(order), assignee = "維修班李師傅" }));
        order = await FacilityCity.Ok(Step(company, id, "on-site", new { expectedVersion = Version(order) }));
        order = await FacilityCity.Ok(Step(company, id, "repair", new { expectedVersion = Version(order), note = "更換門機板", cost = 1280.50m, costCategory = "parts" }));
        Assert.Equal("Repaired", Status(order));
        Assert.Equal(1280.50m, order.GetProperty("summary").GetProperty("cost").GetDecimal());

        await ProblemAssert.StatusAsync(await Step(company, id, "verify", new { expectedVersion = Version(order) }), HttpStatusCode.Forbidden);
        await ProblemAssert.StatusAsync(await Step(grid, id, "close", new { expectedVersion = Version(order) }), HttpStatusCode.Conflict);
        await ProblemAssert.StatusAsync(await Step(grid, id, "verify", new { expectedVersion = Version(order) - 1 }), HttpStatusCode.Conflict);
        var unchanged = await grid.GetFromJsonAsync<JsonElement>($"/api/work-orders/{id}");
        Assert.Equal((Version(order), "Repaired"), (Version(unchanged), Status(unchanged)));

        order = await FacilityCity.Ok(Step(grid, id, "verify", new { expectedVersion = Version(order), note = "試運行正常" }));
        Assert.Equal("Verified", Status(order));
        order = await FacilityCity.Ok(Step(grid, id, "close", new { expectedVersion = Version(order) }));
        Assert.Equal("Closed", Status(order));
        var gridStaff = $"fgs-{city.Estate}".ToLowerInvariant();
        Assert.Contains(order.GetProperty("history").EnumerateArray(), h => h.GetProperty("actor").GetString() == gridStaff);
        var orders = await Http.GetFromJsonAsync<JsonElement>($"{city.Register}/orders?includeClosed=true");
        Assert.Single(orders.EnumerateArray(), o => o.GetProperty("orderId").GetString() == id);
    }

    [Fact]
    public async Task A_company_of_another_contract_is_refused_the_order()
    {
        var city = await FacilityCity.CreateAsync(Http);
        var other = await FacilityCity.CreateAsync(Http);
        using var grid = await city.GridStaffAsync(_silo);
        using var stranger = await other.CompanyAsync(_silo);
        var order = await city.ReportAsync(grid);
        var id = order.GetProperty("summary").GetProperty("orderId").GetString()!;

        await ProblemAssert.StatusAsync(await Step(stranger, id, "accept", new { expectedVersion = Version(order) }), HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.GetAsync($"/api/work-orders/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.GetAsync($"/api/work-queues/{city.Contract}")).StatusCode);
        Assert.Equal("Reported", Status(await Http.GetFromJsonAsync<JsonElement>($"/api/work-orders/{id}")));
    }

    [Fact]
    public async Task Bad_bodies_are_400_naming_the_field_and_change_nothing()
    {
        var city = await FacilityCity.CreateAsync(Http);
        var order = await city.ReportAsync(Http);
        var id = order.GetProperty("summary").GetProperty("orderId").GetString()!;
        using var company = await city.CompanyAsync(_silo);

        Assert.Equal("facilityId", await ProblemAssert.FieldAsync(await Http.PostAsJsonAsync($"{city.Register}/faults", new { code = "leak", detail = "漏水" })));
        Assert.Equal("severity", await ProblemAssert.FieldAsync(await Http.PostAsJsonAsync($"{city.Register}/faults",
            new { facilityId = FacilityCity.Pump, code = "leak", detail = "漏水", severity = "apocalyptic" })));
        Assert.Equal("[1].type", await ProblemAssert.FieldAsync(await Http.PostAsJsonAsync($"{city.Register}/register", new object[]
        {
            new { facilityId = "LIGHT-1", type = "Lighting", name = "路燈" }, new { facilityId = "X-1", type = "Teleporter", name = "傳送門" },
        })));
        Assert.Equal("installedOn", (await ProblemAssert.FieldAsync(await Http.PostAsJsonAsync($"{city.Register}/register", new object[]
        {
            new { facilityId = "LIGHT-1", type = "Lighting", name = "路燈", installedOn = "yesterday" },
        }))).Split('.')[^1]);
        Assert.Equal("everyDays", await ProblemAssert.FieldAsync(await Http.PutAsJsonAsync($"{city.Register}/schedules", new { type = "Lift", everyDays = 0 })));
        Assert.Equal("status", await ProblemAssert.FieldAsync(await Http.PutAsJsonAsync($"{city.Register}/register/{FacilityCity.Lift}/status", new { status = "Haunted", reason = "?" })));
        Assert.Equal("expectedVersion", await ProblemAssert.FieldAsync(await Step(company, id, "accept", new { note = "收到" })));
        Assert.Equal("expectedVersion", await ProblemAssert.FieldAsync(await company.PostAsync($"/api/work-orders/{id}/accept", new StringContent("{}", Encoding.UTF8, "application/json"))));
        Assert.Equal("assignee", await ProblemAssert.FieldAsync(await Step(company, id, "dispatch", new { expectedVersion = Version(order) })));
        Assert.Equal("cost", await ProblemAssert.FieldAsync(await Step(company, id, "repair", new { expectedVersion = Version(order), cost = 12.345m })));
        Assert.Equal("cost", await ProblemAssert.FieldAsync(await Step(company, id, "repair", new { expectedVersion = Version(order), cost = -1m })));
        Assert.Equal("reason", await ProblemAssert.FieldAsync(await Step(Http, id, "cancel", new { expectedVersion = Version(order) })));

        var register = await Http.GetFromJsonAsync<JsonElement>($"{city.Register}/register");
        Assert.Equal([FacilityCity.Lift, FacilityCity.Pump], register.EnumerateArray().Select(f => f.GetProperty("facility").GetProperty("facilityId").GetString()).Order());
        var after = await Http.GetFromJsonAsync<JsonElement>($"/api/work-orders/{id}");
        Assert.Equal((Version(order), "Reported"), (Version(after), Status(after)));
        Assert.Single((await Http.GetFromJsonAsync<JsonElement>($"{city.Register}/orders")).EnumerateArray());
    }

    [Fact]
    public async Task The_register_is_read_edited_and_scheduled_and_a_facility_with_an_open_order_stays()
    {
        var city = await FacilityCity.CreateAsync(Http);
        var lift = await Http.GetFromJsonAsync<JsonElement>($"{city.Register}/register/{FacilityCity.Lift}");
        Assert.Equal("InService", lift.GetProperty("status").GetString());
        Assert.Equal(city.LiftDevice, lift.GetProperty("facility").GetProperty("deviceId").GetString());
        await ProblemAssert.StatusAsync(await Http.GetAsync($"{city.Register}/register/NOPE-1"), HttpStatusCode.NotFound);

        var set = await FacilityCity.Ok(Http.PutAsJsonAsync($"{city.Register}/register/{FacilityCity.Pump}/status", new { status = "Degraded", reason = "一台泵檢修" }));
        Assert.Equal("Degraded", set.GetProperty("status").GetString());
        var schedules = await FacilityCity.Ok(Http.PutAsJsonAsync($"{city.Register}/schedules", new { type = "Lift", everyDays = 10 }));
        Assert.Contains(schedules.EnumerateArray(), s => s.GetProperty("type").GetString() == "Lift" && TimeSpan.Parse(s.GetProperty("every").GetString()!, System.Globalization.CultureInfo.InvariantCulture) == TimeSpan.FromDays(10));

        await city.ReportAsync(Http);
        await ProblemAssert.StatusAsync(await Http.DeleteAsync($"{city.Register}/register/{FacilityCity.Lift}"), HttpStatusCode.Conflict);
        Assert.Equal(HttpStatusCode.NoContent, (await Http.DeleteAsync($"{city.Register}/register/{FacilityCity.Pump}")).StatusCode);
        var overview = await Http.GetFromJsonAsync<JsonElement>(city.Register);
        Assert.Single(overview.GetProperty("openOrders").EnumerateArray());

        using var elsewhere = await _silo.ClientAsync("fac-hz-housing", new Grant(Role.HousingOffice, ScopeKind.District, "HZ"));
        Assert.Equal(HttpStatusCode.Forbidden, (await elsewhere.GetAsync($"{city.Register}/register")).StatusCode);
    }

    [Fact]
    public async Task Without_a_contract_the_housing_office_works_the_order_and_the_reporter_verifies_it()
    {
        var city = await FacilityCity.CreateAsync(Http, contractInForce: false);
        using var street = await _silo.ClientAsync($"fst-{city.Estate}".ToLowerInvariant(), new Grant(Role.StreetOffice, ScopeKind.Street, "TH/測試街"));
        using var office = await _silo.ClientAsync("fac-th-housing", new Grant(Role.HousingOffice, ScopeKind.District, "TH"));
        using var company = await city.CompanyAsync(_silo);

        var order = await city.ReportAsync(street);
        var id = order.GetProperty("summary").GetProperty("orderId").GetString()!;
        Assert.Equal(("Resident", "office-TH"), (order.GetProperty("source").GetString(), order.GetProperty("summary").GetProperty("route").GetProperty("queueId").GetString()));
        var queue = await office.GetFromJsonAsync<JsonElement>("/api/work-queues/office-TH");
        Assert.Contains(queue.GetProperty("orders").EnumerateArray(), o => o.GetProperty("orderId").GetString() == id);
        await ProblemAssert.StatusAsync(await Step(company, id, "accept", new { expectedVersion = Version(order) }), HttpStatusCode.Forbidden);

        order = await FacilityCity.Ok(Step(office, id, "accept", new { expectedVersion = Version(order) }));
        order = await FacilityCity.Ok(Step(office, id, "dispatch", new { expectedVersion = Version(order), assignee = "房管所維修隊" }));
        order = await FacilityCity.Ok(Step(office, id, "on-site", new { expectedVersion = Version(order) }));
        order = await FacilityCity.Ok(Step(office, id, "repair", new { expectedVersion = Version(order), cost = 0m }));
        using var bystander = await _silo.ClientAsync($"fsb-{city.Estate}".ToLowerInvariant(), new Grant(Role.StreetOffice, ScopeKind.Street, "TH/測試街"));
        await ProblemAssert.StatusAsync(await Step(bystander, id, "verify", new { expectedVersion = Version(order) }), HttpStatusCode.Forbidden);
        order = await FacilityCity.Ok(Step(street, id, "verify", new { expectedVersion = Version(order), note = "電梯恢復" }));
        Assert.Equal("Verified", Status(order));
        Assert.Equal(HttpStatusCode.Forbidden, (await street.PostAsJsonAsync($"/api/work-orders/{id}/close", new { expectedVersion = Version(order) })).StatusCode);
    }
}
