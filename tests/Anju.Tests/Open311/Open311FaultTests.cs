using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Anju.Tests.Api;
using Anju.Tests.Infrastructure;

namespace Anju.Tests.Open311;

/// <summary>Open311's facility-fault services on a real silo: a request placed only by position that names its
/// facility opens a work order (its id the service_request_id); one that names none is a facility case as before.</summary>
[Collection(PostgresCollection.Name)]
public sealed class Open311FaultTests(SiloFixture fixture) : IAsyncLifetime
{
    private readonly RunningSilo _silo = fixture.Silo;

    private string _key = "";

    private HttpClient Open311 => _silo.Anonymous;

    public async Task InitializeAsync()
    {
        var created = await _silo.Admin.PostAsJsonAsync("/api/ingest/keys", new { name = "市民 App" });
        created.EnsureSuccessStatusCode();
        _key = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private FormUrlEncodedContent Form(FacilityCity city, string service, params (string Key, string Value)[] extra)
    {
        var fields = new Dictionary<string, string>
        {
            ["api_key"] = _key,
            ["service_code"] = service,
            ["lat"] = city.Lat.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["long"] = city.Long.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["description"] = "電梯困人",
            ["phone"] = "13900000000",
        };
        foreach (var (key, value) in extra)
        {
            fields[key] = value;
        }

        return new FormUrlEncodedContent(fields);
    }

    [Fact]
    public async Task A_lat_long_only_lift_fault_naming_its_facility_opens_a_work_order()
    {
        var city = await FacilityCity.CreateAsync(_silo.Http);

        var created = await Open311.PostAsync("/open311/v2/requests.json",
            Form(city, "lift-fault", ("attribute[facility_id]", FacilityCity.Lift), ("attribute[fault_code]", "trapped-passenger")));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>())[0].GetProperty("service_request_id").GetString()!;
        var order = await _silo.Http.GetFromJsonAsync<JsonElement>($"/api/work-orders/{id}");
        Assert.Equal(("Open311", city.Estate, "trapped-passenger"),
            (order.GetProperty("source").GetString(), order.GetProperty("summary").GetProperty("estateId").GetString(), order.GetProperty("summary").GetProperty("code").GetString()));
        var request = (await Open311.GetFromJsonAsync<JsonElement>($"/open311/v2/requests/{id}.json"))[0];
        Assert.Equal(("open", "lift-fault", city.Company),
            (request.GetProperty("status").GetString(), request.GetProperty("service_code").GetString(), request.GetProperty("agency_responsible").GetString()));
        var services = await Open311.GetFromJsonAsync<JsonElement>("/open311/v2/services.json");
        Assert.Contains(services.EnumerateArray(), s => s.GetProperty("service_code").GetString() == "water-supply");
    }

    [Fact]
    public async Task A_building_with_one_lift_names_it_and_a_request_naming_no_facility_is_a_facility_case()
    {
        var city = await FacilityCity.CreateAsync(_silo.Http);

        var byBuilding = await Open311.PostAsync("/open311/v2/requests.json", Form(city, "lift-fault", ("attribute[building_id]", "B1")));
        var orderId = (await byBuilding.Content.ReadFromJsonAsync<JsonElement>())[0].GetProperty("service_request_id").GetString()!;
        Assert.Equal(FacilityCity.Lift, (await _silo.Http.GetFromJsonAsync<JsonElement>($"/api/work-orders/{orderId}")).GetProperty("summary").GetProperty("facilityId").GetString());

        var unnamed = await Open311.PostAsync("/open311/v2/requests.json", Form(city, "lighting"));
        Assert.Equal(HttpStatusCode.Created, unnamed.StatusCode);
        var caseId = (await unnamed.Content.ReadFromJsonAsync<JsonElement>())[0].GetProperty("service_request_id").GetString()!;
        var request = (await Open311.GetFromJsonAsync<JsonElement>($"/open311/v2/requests/{caseId}.json"))[0];
        Assert.Equal("facility", request.GetProperty("service_code").GetString());

        var wrongType = await Open311.PostAsync("/open311/v2/requests.json", Form(city, "lift-fault", ("attribute[facility_id]", FacilityCity.Pump)));
        Assert.Equal(HttpStatusCode.BadRequest, wrongType.StatusCode);
        Assert.Contains("attribute[facility_id]", (await wrongType.Content.ReadFromJsonAsync<JsonElement>())[0].GetProperty("description").GetString(), StringComparison.Ordinal);
    }
}
