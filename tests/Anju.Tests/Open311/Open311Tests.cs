using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Anju.Tests.Api;
using Anju.Tests.Infrastructure;

namespace Anju.Tests.Open311;

/// <summary>GeoReport v2 on a real silo: services, a round trip form-encoded and in JSON, filters, the spec's errors.</summary>
[Collection(PostgresCollection.Name)]
public sealed class Open311Tests(SiloFixture fixture) : IAsyncLifetime
{
    private readonly RunningSilo _silo = fixture.Silo;

    private HttpClient Http => _silo.Http;

    private string _key = "";

    /// <summary>Open311 clients are integrations, not people: public reads, and an api_key on POST.</summary>
    private HttpClient Open311 => _silo.Anonymous;

    public async Task InitializeAsync()
    {
        var created = await _silo.Admin.PostAsJsonAsync("/api/ingest/keys", new { name = "12345 熱線" });
        created.EnsureSuccessStatusCode();
        _key = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private FormUrlEncodedContent Form(string estateId, string serviceCode = "garbage-sorting", bool withKey = true) => new(new Dictionary<string, string>
    {
        ["api_key"] = withKey ? _key : "",
        ["service_code"] = serviceCode,
        ["lat"] = "23.1291",
        ["long"] = "113.2644",
        ["address_string"] = "南洲路 88 號",
        ["description"] = "垃圾未分類堆放",
        ["first_name"] = "小明",
        ["last_name"] = "陳",
        ["phone"] = "13900000000",
        ["media_url"] = "https://example.org/p/1.jpg",
        ["attribute[estate_id]"] = estateId,
        ["attribute[grid_id]"] = "G1",
        ["attribute[severity]"] = "major",
    });

    private static async Task<JsonElement> ErrorAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var error = Assert.Single(body.EnumerateArray());
        Assert.Equal((int)status, error.GetProperty("code").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("description").GetString()));
        return error;
    }

    [Fact]
    public async Task Services_are_the_incident_categories_and_document_the_placing_attributes()
    {
        var services = await Open311.GetFromJsonAsync<JsonElement>("/open311/v2/services.json");
        Assert.Contains(services.EnumerateArray(), s => s.GetProperty("service_code").GetString() == "illegal-structure" && s.GetProperty("metadata").GetBoolean());
        var definition = await Open311.GetFromJsonAsync<JsonElement>("/open311/v2/services/parking.json");
        var estate = definition.GetProperty("attributes").EnumerateArray().Single(a => a.GetProperty("code").GetString() == "estate_id");
        Assert.True(estate.GetProperty("required").GetBoolean());
        var discovery = await Open311.GetFromJsonAsync<JsonElement>("/open311/discovery.json");
        Assert.EndsWith("/open311/v2/", discovery.GetProperty("endpoints")[0].GetProperty("url").GetString());
    }

    [Fact]
    public async Task A_form_encoded_request_round_trips()
    {
        var estateId = await IncidentApiTests.EstateAsync(Http);
        var created = await Open311.PostAsync("/open311/v2/requests.json", Form(estateId));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>())[0].GetProperty("service_request_id").GetString()!;

        var one = (await Open311.GetFromJsonAsync<JsonElement>($"/open311/v2/requests/{id}.json"))[0];
        Assert.Equal(id, one.GetProperty("service_request_id").GetString());
        Assert.Equal("open", one.GetProperty("status").GetString());
        Assert.Equal("garbage-sorting", one.GetProperty("service_code").GetString());
        Assert.Equal("垃圾未分類堆放", one.GetProperty("description").GetString());
        Assert.Equal("南洲路 88 號", one.GetProperty("address").GetString());
        Assert.Equal(23.1291, one.GetProperty("lat").GetDouble());
        Assert.Equal("https://example.org/p/1.jpg", one.GetProperty("media_url").GetString());
        Assert.Equal("市城管委", one.GetProperty("agency_responsible").GetString());
        Assert.True(one.GetProperty("expected_datetime").GetDateTimeOffset() > one.GetProperty("requested_datetime").GetDateTimeOffset());
        Assert.DoesNotContain("13900000000", one.GetRawText());

        var listed = await Open311.GetFromJsonAsync<JsonElement>("/open311/v2/requests.json?service_code=garbage-sorting&status=open&page_size=200");
        Assert.Contains(listed.EnumerateArray(), r => r.GetProperty("service_request_id").GetString() == id);
        var closed = await Open311.GetFromJsonAsync<JsonElement>($"/open311/v2/requests.json?service_request_id={id}");
        Assert.Equal(id, closed[0].GetProperty("service_request_id").GetString());
        var incident = await Http.GetFromJsonAsync<JsonElement>($"/api/incidents/{id}");
        Assert.Equal("Open311", incident.GetProperty("summary").GetProperty("source").GetString());
        Assert.Equal("Major", incident.GetProperty("summary").GetProperty("severity").GetString());
        Assert.Equal("G1", incident.GetProperty("summary").GetProperty("location").GetProperty("gridId").GetString());
    }

    [Fact]
    public async Task A_json_request_is_accepted_too()
    {
        var estateId = await IncidentApiTests.EstateAsync(Http);
        var created = await Open311.PostAsJsonAsync("/open311/v2/requests.json", new Dictionary<string, object>
        {
            ["api_key"] = _key, ["service_code"] = "pets", ["address_string"] = "3棟樓下", ["description"] = "犬隻未拴繩", ["attribute"] = new { estate_id = estateId },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>())[0].GetProperty("service_request_id").GetString()!;
        Assert.Equal("pets", (await Open311.GetFromJsonAsync<JsonElement>($"/open311/v2/requests/{id}.json"))[0].GetProperty("service_code").GetString());
    }

    [Fact]
    public async Task Errors_use_the_spec_body()
    {
        var estateId = await IncidentApiTests.EstateAsync(Http);
        var bad = await ErrorAsync(await Open311.PostAsync("/open311/v2/requests.json", Form(estateId, serviceCode: "noise")), HttpStatusCode.BadRequest);
        Assert.Contains("service_code", bad.GetProperty("description").GetString());
        await ErrorAsync(await Open311.GetAsync("/open311/v2/services/noise.json"), HttpStatusCode.BadRequest);
        var unplaced = new FormUrlEncodedContent(new Dictionary<string, string> { ["api_key"] = _key, ["service_code"] = "pets", ["description"] = "x", ["address_string"] = "y" });
        Assert.Contains("estate_id", (await ErrorAsync(await Open311.PostAsync("/open311/v2/requests.json", unplaced), HttpStatusCode.BadRequest)).GetProperty("description").GetString());
        await ErrorAsync(await Open311.GetAsync("/open311/v2/requests/IN-20260101-ZZZZZZ.json"), HttpStatusCode.NotFound);
        Assert.Empty((await Http.GetFromJsonAsync<JsonElement>($"/api/incidents?estate={estateId}")).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Creating_a_request_takes_a_valid_api_key_and_a_refused_one_files_nothing()
    {
        var estateId = await IncidentApiTests.EstateAsync(Http);
        await ErrorAsync(await Open311.PostAsync("/open311/v2/requests.json", Form(estateId, withKey: false)), HttpStatusCode.Forbidden);
        var wrongKey = new FormUrlEncodedContent(new Dictionary<string, string> { ["api_key"] = _key + "x", ["service_code"] = "pets", ["description"] = "x", ["attribute[estate_id]"] = estateId });
        await ErrorAsync(await Open311.PostAsync("/open311/v2/requests.json", wrongKey), HttpStatusCode.Forbidden);
        Assert.Empty((await Http.GetFromJsonAsync<JsonElement>($"/api/incidents?estate={estateId}")).GetProperty("items").EnumerateArray());
    }

    /// <summary>Files a report the way a citizen app does, with no estate id, and answers the estate it was placed at.</summary>
    private async Task<string> PlacedAsync(Dictionary<string, string> form)
    {
        form["api_key"] = _key;
        form["service_code"] = "pets";
        form["description"] = "犬隻未拴繩";
        var created = await Open311.PostAsync("/open311/v2/requests.json", new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>())[0].GetProperty("service_request_id").GetString()!;
        return (await Http.GetFromJsonAsync<JsonElement>($"/api/incidents/{id}")).GetProperty("summary").GetProperty("location").GetProperty("estateId").GetString()!;
    }

    private static string Degrees(double value) => value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Registers an estate at a spot of its own in the Pearl River delta, so estates of other tests cannot be nearer.</summary>
    private async Task<(string EstateId, string Name, double Lat, double Lon)> LocatedEstateAsync()
    {
        var lat = 22.5 + Random.Shared.NextDouble() * 0.5;
        var lon = 113.0 + Random.Shared.NextDouble() * 0.5;
        var estateId = Fresh.EstateId("HZ");
        var name = $"定位{estateId[^6..]}苑";
        (await Http.PostAsJsonAsync("/api/estates", new { estateId, name, district = "HZ", street = "南洲街", floorArea = 60_000, lat, @long = lon })).EnsureSuccessStatusCode();
        return (estateId, name, lat, lon);
    }

    [Fact]
    public async Task An_estate_located_just_after_another_report_was_placed_is_found_by_the_next_report()
    {
        // The locator keeps the estates it read; a report that finds none near reads them again, even moments after
        // another report's read, since the estate may have been located in between.
        var first = await LocatedEstateAsync();
        Assert.Equal(first.EstateId, await PlacedAsync(new() { ["lat"] = Degrees(first.Lat), ["long"] = Degrees(first.Lon) }));
        var second = await LocatedEstateAsync();
        Assert.Equal(second.EstateId, await PlacedAsync(new() { ["lat"] = Degrees(second.Lat), ["long"] = Degrees(second.Lon) }));
        Assert.Equal(first.EstateId, await PlacedAsync(new() { ["lat"] = Degrees(first.Lat), ["long"] = Degrees(first.Lon) }));
    }

    [Fact]
    public async Task A_request_with_only_a_position_or_an_address_is_placed_at_its_estate_and_one_placed_nowhere_is_refused()
    {
        var (estateId, name, lat, lon) = await LocatedEstateAsync();
        var located = await Http.GetFromJsonAsync<JsonElement>($"/api/estates/{estateId}");
        Assert.Equal(lat, located.GetProperty("profile").GetProperty("location").GetProperty("lat").GetDouble(), 9);

        // 300 m north of the entrance, as a phone reports it.
        Assert.Equal(estateId, await PlacedAsync(new() { ["lat"] = Degrees(lat + 0.0027), ["long"] = Degrees(lon) }));
        Assert.Equal(estateId, await PlacedAsync(new() { ["address_string"] = $"海珠區南洲街{name}3棟" }));

        var far = new Dictionary<string, string>
        {
            ["api_key"] = _key, ["service_code"] = "pets", ["description"] = "x",
            ["lat"] = Degrees(lat + 0.05), ["long"] = Degrees(lon),
        };
        Assert.Contains("lat", (await ErrorAsync(await Open311.PostAsync("/open311/v2/requests.json", new FormUrlEncodedContent(far)), HttpStatusCode.BadRequest))
            .GetProperty("description").GetString(), StringComparison.Ordinal);

        var offGlobe = await Http.PutAsJsonAsync($"/api/estates/{estateId}/location", new { lat = 95.0, @long = lon });
        await ProblemAssert.NamesFieldAsync(offGlobe, "lat");
        Assert.Equal(lat, (await Http.GetFromJsonAsync<JsonElement>($"/api/estates/{estateId}")).GetProperty("profile").GetProperty("location").GetProperty("lat").GetDouble(), 9);
    }
}
