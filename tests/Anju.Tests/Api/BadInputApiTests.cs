using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Anju.Tests.Infrastructure;

namespace Anju.Tests.Api;

/// <summary>Issue 22's bad input and the edges of idempotency over HTTP: null items in lists, NUL and invalid UTF-8,
/// Open311 as multipart, absurd amounts and dates, and command ids remembered for a window whatever the traffic.</summary>
[Collection(PostgresCollection.Name)]
public sealed class BadInputApiTests(SiloFixture fixture)
{
    private readonly RunningSilo _silo = fixture.Silo;

    private HttpClient Http => _silo.Http;

    private async Task<(string Estate, string Dwelling)> DwellingAsync()
    {
        var id = Fresh.EstateId("HZ");
        Assert.Equal(HttpStatusCode.Created, (await Http.PostAsJsonAsync("/api/estates", new { estateId = id, name = "鷺江保障房", district = "HZ", street = "新港街", floorArea = 81_000 })).StatusCode);
        (await Http.PostAsJsonAsync($"/api/estates/{id}/grids", new { gridId = "G1", name = "第一網格" })).EnsureSuccessStatusCode();
        (await Http.PostAsJsonAsync($"/api/estates/{id}/buildings", new { buildingId = "B5", name = "5棟", gridId = "G1", floors = 18 })).EnsureSuccessStatusCode();
        (await Http.PostAsJsonAsync($"/api/estates/{id}/dwellings", new { dwellingId = "1-1-101", floorArea = 62.5, buildingId = "B5", unit = 1, floor = 8, number = "01", tenure = "PublicRental" })).EnsureSuccessStatusCode();
        return (id, $"/api/estates/{id}/dwellings/1-1-101");
    }

    private Task<HttpResponseMessage> KeyedAsync(string url, object body, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return Http.SendAsync(request);
    }

    private static async Task<long> VersionAsync(HttpResponseMessage response)
    {
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt64();
    }

    [Fact]
    public async Task A_payment_retried_after_many_newer_commands_is_applied_once()
    {
        var (_, dwelling) = await DwellingAsync();
        var paidOn = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var first = await VersionAsync(await KeyedAsync($"{dwelling}/rent/payments", new { paidOn, amount = 350.00m }, "pay-1"));
        for (var i = 0; i < 40; i++)
        {
            await VersionAsync(await KeyedAsync($"{dwelling}/rent/payments", new { paidOn, amount = 1.00m }, $"pay-small-{i}"));
        }

        var now = await VersionAsync(await Http.GetAsync(dwelling));
        var retried = await KeyedAsync($"{dwelling}/rent/payments", new { paidOn, amount = 350.00m }, "pay-1");

        Assert.Equal(now, await VersionAsync(retried));
        Assert.Equal(first + 40, now);
    }

    [Fact]
    public async Task The_same_idempotency_key_with_another_body_is_a_409_naming_the_conflict()
    {
        var (_, dwelling) = await DwellingAsync();
        var paidOn = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var version = await VersionAsync(await KeyedAsync($"{dwelling}/rent/payments", new { paidOn, amount = 350.00m }, "pay-x"));

        var other = await KeyedAsync($"{dwelling}/rent/payments", new { paidOn, amount = 35.00m }, "pay-x");
        var problem = await ProblemAssert.StatusAsync(other, HttpStatusCode.Conflict);
        Assert.Contains("pay-x", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("other content", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(version, await VersionAsync(await Http.GetAsync(dwelling)));

        // An inspection without its time is stamped by the server; a retry of the very same request still matches.
        var inspected = await VersionAsync(await KeyedAsync($"{dwelling}/inspections", new { finding = "NoIssue" }, "insp-1"));
        Assert.Equal(inspected, await VersionAsync(await KeyedAsync($"{dwelling}/inspections", new { finding = "NoIssue" }, "insp-1")));
    }

    [Theory]
    [InlineData(9.2e18, "amount")]
    [InlineData(100_000_000.01, "amount")]
    [InlineData(-5, "amount")]
    [InlineData(1.234, "amount")]
    public async Task Absurd_amounts_are_400_naming_the_field(double amount, string field)
    {
        var (_, dwelling) = await DwellingAsync();
        var response = await Http.PostAsJsonAsync($"{dwelling}/rent/charges", new { dueOn = "2026-01-01", amount = (decimal)amount });
        await ProblemAssert.NamesFieldAsync(response, field);
    }

    [Theory]
    [InlineData("rent/charges", "{\"dueOn\":\"0001-01-01\",\"amount\":10}", "dueOn")]
    [InlineData("rent/payments", "{\"paidOn\":\"0001-01-01\",\"amount\":10}", "paidOn")]
    [InlineData("inspections", "{\"at\":\"0001-01-01T00:00:00Z\",\"finding\":\"NoIssue\"}", "at")]
    [InlineData("annual-review", "{\"receivedOn\":\"1999-12-31\"}", "receivedOn")]
    public async Task Dates_outside_2000_to_2100_are_400_naming_the_field(string path, string body, string field)
    {
        var (_, dwelling) = await DwellingAsync();
        var response = await Http.PostAsync($"{dwelling}/{path}", new StringContent(body, Encoding.UTF8, "application/json"));
        await ProblemAssert.NamesFieldAsync(response, field);
    }

    [Fact]
    public async Task Null_items_in_lists_are_400_naming_the_item()
    {
        var (estate, _) = await DwellingAsync();
        async Task NamesAsync(HttpMethod method, string url, string body, string field, HttpClient? client = null) =>
            await ProblemAssert.NamesFieldAsync(await (client ?? Http).SendAsync(new HttpRequestMessage(method, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") }), field);

        await NamesAsync(HttpMethod.Put, $"/api/estates/{estate}/grids/G1/staff", "[null]", "body[0]");
        await NamesAsync(HttpMethod.Put, $"/api/security/estates/{estate}/policy", "{\"ratios\":[null]}", "ratios[0]");
        await NamesAsync(HttpMethod.Post, $"/api/security/estates/{estate}/routes", "{\"routeId\":\"R1\",\"name\":\"r\",\"checkpoints\":[null],\"roundIntervalMinutes\":60,\"roundWindowMinutes\":10}", "checkpoints[0]");
        await NamesAsync(HttpMethod.Post, $"/api/security/estates/{estate}/cameras", "[{\"cameraId\":\"C1\",\"location\":\"門口\",\"kind\":\"Dome\"},null]", "body[1]");
        await NamesAsync(HttpMethod.Put, "/api/admin/users/nobody-here/grants", "[null]", "grants[0]", _silo.Admin);
    }

    [Fact]
    public async Task Nul_and_invalid_utf8_are_400_never_500()
    {
        var key = (await (await _silo.Admin.PostAsJsonAsync("/api/ingest/keys", new { name = "bad-input" })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
        await ProblemAssert.StatusAsync(await _silo.Admin.PostAsync("/api/ingest/keys", new StringContent("{\"name\":\"a\\u0000b\"}", Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest);

        var events = new HttpRequestMessage(HttpMethod.Post, "/api/ingest/events")
        {
            Content = new ByteArrayContent([.. Encoding.UTF8.GetBytes("[{\"id\":\"e-1\",\"source\":\""), 0xC3, 0x28, .. Encoding.UTF8.GetBytes("\",\"kind\":\"fault\"}]")]),
        };
        events.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        events.Headers.Add("X-Api-Key", key);
        await ProblemAssert.NamesFieldAsync(await Http.SendAsync(events), "body");

        var (estate, _) = await DwellingAsync();
        var json = new ByteArrayContent([.. Encoding.UTF8.GetBytes($"{{\"api_key\":\"{key}\",\"service_code\":\"noise\",\"attribute\":{{\"estate_id\":\"{estate}\"}},\"description\":\""), 0xFF, 0xFE, .. "\"}"u8.ToArray()]);
        json.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        Assert.Equal(HttpStatusCode.BadRequest, (await _silo.Anonymous.PostAsync("/open311/v2/requests.json", json)).StatusCode);

        var form = new ByteArrayContent([.. Encoding.ASCII.GetBytes($"api_key={key}&service_code=noise&attribute[estate_id]={estate}&description="), 0xC3, 0x28]);
        form.Headers.TryAddWithoutValidation("Content-Type", "application/x-www-form-urlencoded");
        Assert.Equal(HttpStatusCode.BadRequest, (await _silo.Anonymous.PostAsync("/open311/v2/requests.json", form)).StatusCode);
    }

    [Fact]
    public async Task Open311_accepts_a_multipart_form_like_a_urlencoded_one()
    {
        var key = (await (await _silo.Admin.PostAsJsonAsync("/api/ingest/keys", new { name = "multipart" })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
        var (estate, _) = await DwellingAsync();
        using var form = new MultipartFormDataContent
        {
            { new StringContent(key), "api_key" },
            { new StringContent("complaint"), "service_code" },
            { new StringContent(estate), "attribute[estate_id]" },
            { new StringContent("樓上裝修噪音"), "description" },
            { new StringContent("鷺江保障房 5棟"), "address_string" },
            { new ByteArrayContent([1, 2, 3]), "media", "photo.jpg" },
        };
        var response = await _silo.Anonymous.PostAsync("/open311/v2/requests.json", form);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");

        using var nul = new MultipartFormDataContent { { new StringContent(key), "api_key" }, { new StringContent("a\0b"), "description" } };
        Assert.Equal(HttpStatusCode.BadRequest, (await _silo.Anonymous.PostAsync("/open311/v2/requests.json", nul)).StatusCode);
    }

    [Fact]
    public async Task An_unknown_estate_is_404_everywhere_and_activates_no_grain_of_it()
    {
        var unknown = Fresh.EstateId("HZ");
        var key = (await (await _silo.Admin.PostAsJsonAsync("/api/ingest/keys", new { name = "unknown-estate" })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;

        await ProblemAssert.StatusAsync(await Http.GetAsync($"/api/incidents/board?estate={unknown}"), HttpStatusCode.NotFound);
        await ProblemAssert.StatusAsync(await Http.GetAsync($"/api/incidents?estate={unknown}"), HttpStatusCode.NotFound);
        await ProblemAssert.StatusAsync(await Http.PostAsJsonAsync("/api/incidents", new { category = "Complaint", severity = "Minor", description = "噪音", location = new { estateId = unknown } }), HttpStatusCode.NotFound);
        await ProblemAssert.StatusAsync(await Http.GetAsync($"/api/security/estates/{unknown}"), HttpStatusCode.NotFound);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["api_key"] = key, ["service_code"] = "complaint", ["attribute[estate_id]"] = unknown, ["description"] = "噪音" });
        Assert.Equal(HttpStatusCode.NotFound, (await _silo.Anonymous.PostAsync("/open311/v2/requests.json", form)).StatusCode);

        var active = await _silo.Grains.GetGrain<IManagementGrain>(0).GetDetailedGrainStatistics();
        Assert.DoesNotContain(active, g => g.GrainId.ToString().Contains(unknown, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Unknown_case_order_and_contract_ids_are_404_and_keep_no_activation()
    {
        var tail = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        string[] ids = [$"IN-20260101-{tail}", $"WO-20260101-{tail}", $"C-UNKNOWN-{tail}"];
        await ProblemAssert.StatusAsync(await Http.GetAsync($"/api/incidents/{ids[0]}"), HttpStatusCode.NotFound);
        await ProblemAssert.StatusAsync(await Http.GetAsync($"/api/work-orders/{ids[1]}"), HttpStatusCode.NotFound);
        await ProblemAssert.StatusAsync(await Http.GetAsync($"/api/contracts/{ids[2]}"), HttpStatusCode.NotFound);

        // Each lookup activated its grain to find nothing stored; none of them stays (they would until idle collection).
        var left = await Wait.EventuallyAsync(
            async () => (await _silo.Grains.GetGrain<IManagementGrain>(0).GetDetailedGrainStatistics())
                .Count(g => ids.Any(id => g.GrainId.ToString().Contains(id, StringComparison.OrdinalIgnoreCase))),
            n => n == 0);
        Assert.Equal(0, left);
    }
}
