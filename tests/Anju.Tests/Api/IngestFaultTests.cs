using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Anju.Tests.Infrastructure;

namespace Anju.Tests.Api;

/// <summary>Facility controllers' faults through the device ingest, on a real silo and PostgreSQL: a repeated event is
/// a duplicate and opens nothing more, a clear is noted on the order, a bad event is rejected with its reason.</summary>
[Collection(PostgresCollection.Name)]
public sealed class IngestFaultTests(SiloFixture fixture)
{
    private readonly RunningSilo _silo = fixture.Silo;

    private HttpClient Http => _silo.Http;

    private async Task<string> KeyAsync()
    {
        var created = await _silo.Admin.PostAsJsonAsync("/api/ingest/keys", new { name = "電梯物聯網" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
    }

    private async Task<JsonElement> IngestAsync(string key, params string[] events)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/ingest/events")
        {
            Content = new StringContent("[" + string.Join(",", events) + "]", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Api-Key", key);
        using var response = await Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static string Event(string id, string kind, object payload) => JsonSerializer.Serialize(new
    {
        id, source = "lift-iot", timestamp = DateTimeOffset.UtcNow, kind, payload,
    });

    private static IEnumerable<string?> Outcomes(JsonElement body) => body.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("outcome").GetString());

    [Fact]
    public async Task A_trapped_passenger_sent_twice_opens_one_urgent_order()
    {
        var city = await FacilityCity.CreateAsync(Http);
        var key = await KeyAsync();
        var trapped = Event($"lf-{Guid.NewGuid():N}", "fault", new { estateId = city.Estate, deviceId = city.LiftDevice, code = "trapped-passenger" });

        var body = await IngestAsync(key,
            trapped,
            trapped,
            Event($"lf-{Guid.NewGuid():N}", "fault", new { estateId = city.Estate, deviceId = city.LiftDevice }),
            Event($"lf-{Guid.NewGuid():N}", "fault", new { estateId = city.Estate, code = "no-pressure" }));

        Assert.Equal(["accepted", "duplicate", "rejected", "rejected"], Outcomes(body));
        Assert.Contains("payload.code", body.GetProperty("results")[2].GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Contains("facilityId", body.GetProperty("results")[3].GetProperty("reason").GetString(), StringComparison.Ordinal);
        var again = await IngestAsync(key, trapped);
        Assert.Equal(["duplicate"], Outcomes(again));

        var orders = (await Http.GetFromJsonAsync<JsonElement>($"{city.Register}/orders")).EnumerateArray().ToList();
        var order = Assert.Single(orders);
        Assert.Equal(("trapped-passenger", "Critical", FacilityCity.Lift), (order.GetProperty("code").GetString(), order.GetProperty("severity").GetString(), order.GetProperty("facilityId").GetString()));
        var lift = await Http.GetFromJsonAsync<JsonElement>($"{city.Register}/register/{FacilityCity.Lift}");
        Assert.Equal("OutOfService", lift.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_cleared_fault_is_noted_on_its_order_which_stays_open()
    {
        var city = await FacilityCity.CreateAsync(Http);
        var key = await KeyAsync();
        var fault = await IngestAsync(key, Event($"pf-{Guid.NewGuid():N}", "fault", new { estateId = city.Estate, facilityId = FacilityCity.Pump, code = "no-pressure" }));
        Assert.Equal(["accepted"], Outcomes(fault));
        var id = Assert.Single((await Http.GetFromJsonAsync<JsonElement>($"{city.Register}/orders")).EnumerateArray()).GetProperty("orderId").GetString();
        var before = await Http.GetFromJsonAsync<JsonElement>($"/api/work-orders/{id}");

        var cleared = await IngestAsync(key, Event($"pc-{Guid.NewGuid():N}", "fault-cleared", new { estateId = city.Estate, facilityId = FacilityCity.Pump, code = "no-pressure" }));

        Assert.Equal(["accepted"], Outcomes(cleared));
        var after = await Http.GetFromJsonAsync<JsonElement>($"/api/work-orders/{id}");
        Assert.True(after.GetProperty("history").GetArrayLength() > before.GetProperty("history").GetArrayLength(), after.ToString());
        Assert.Equal("Reported", after.GetProperty("summary").GetProperty("status").GetString());
    }
}
