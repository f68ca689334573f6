using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Anju.Tests.Infrastructure;

namespace Anju.Tests.Api;

/// <summary>The incident API on a real silo and PostgreSQL: filing, steps with optimistic concurrency, lists, errors.</summary>
[Collection(PostgresCollection.Name)]
public sealed class IncidentApiTests(SiloFixture fixture)
{
    private readonly RunningSilo _silo = fixture.Silo;

    private HttpClient Http => _silo.Http;

    internal static async Task<string> EstateAsync(HttpClient http, string district = "HZ")
    {
        var id = Fresh.EstateId(district);
        (await http.PostAsJsonAsync("/api/estates", new { estateId = id, name = "海珠保障房", district, street = "南洲街", floorArea = 60_000 })).EnsureSuccessStatusCode();
        (await http.PostAsJsonAsync($"/api/estates/{id}/grids", new { gridId = "G1", name = "第一網格" })).EnsureSuccessStatusCode();
        return id;
    }

    private static object Case(string estateId, string category = "Parking", string severity = "Major") => new
    {
        category, severity, source = "Resident", description = "車輛堵塞消防通道", actor = "居民 王",
        location = new { estateId, gridId = "G1" }, reporter = new { name = "王先生", phone = "13800000000" },
    };

    private async Task<JsonElement> FileAsync(string estateId, string category = "Parking")
    {
        var response = await Http.PostAsJsonAsync("/api/incidents", Case(estateId, category));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task A_case_is_filed_walked_through_its_steps_and_listed()
    {
        var estateId = await EstateAsync(Http);
        var filed = await FileAsync(estateId);
        var id = filed.GetProperty("summary").GetProperty("incidentId").GetString()!;

        var got = await Http.GetAsync($"/api/incidents/{id}");
        Assert.Equal("\"1\"", got.Headers.ETag?.Tag);
        var ack = await Http.PostAsJsonAsync($"/api/incidents/{id}/acknowledge", new { expectedVersion = 1, actor = "網格員 李" });
        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        var dispatch = await Http.PostAsJsonAsync($"/api/incidents/{id}/actions", new { action = "Dispatch", expectedVersion = 2, actor = "網格員 李" });
        var dispatched = await dispatch.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Dispatched", dispatched.GetProperty("summary").GetProperty("status").GetString());
        Assert.Equal("PropertyCompany", dispatched.GetProperty("summary").GetProperty("assignedTo").GetString());

        var list = await Http.GetFromJsonAsync<JsonElement>($"/api/incidents?estate={estateId}&status=Dispatched");
        Assert.Equal(1, list.GetProperty("total").GetInt32());
        var district = await Http.GetFromJsonAsync<JsonElement>($"/api/incidents?district=HZ&category=Parking&open=true&take=1000");
        Assert.Contains(district.GetProperty("items").EnumerateArray(), i => i.GetProperty("incidentId").GetString() == id);
        var none = await Http.GetFromJsonAsync<JsonElement>($"/api/incidents?estate={estateId}&level=Street");
        Assert.Equal(0, none.GetProperty("total").GetInt32());
        var board = await Http.GetFromJsonAsync<JsonElement>($"/api/incidents/board?estate={estateId}");
        Assert.Equal(1, board.GetProperty("byGrid").GetProperty("G1").GetProperty("openMajor").GetInt32());
        var estate = await Wait.EventuallyAsync(() => Http.GetFromJsonAsync<JsonElement>($"/api/estates/{estateId}"),
            e => e.GetProperty("incidents").GetProperty("openMajor").GetInt32() == 1);
        Assert.Equal(1, estate.GetProperty("incidents").GetProperty("openMajor").GetInt32());
    }

    [Fact]
    public async Task A_stale_version_is_409_whether_in_the_body_or_in_If_Match()
    {
        var estateId = await EstateAsync(Http);
        var id = (await FileAsync(estateId)).GetProperty("summary").GetProperty("incidentId").GetString()!;
        (await Http.PostAsJsonAsync($"/api/incidents/{id}/acknowledge", new { expectedVersion = 1, actor = "甲" })).EnsureSuccessStatusCode();

        var stale = await Http.PostAsJsonAsync($"/api/incidents/{id}/escalate", new { expectedVersion = 1, actor = "乙", reason = "大事" });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/incidents/{id}/escalate") { Content = JsonContent.Create(new { actor = "乙", reason = "大事" }) };
        request.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        Assert.Equal(HttpStatusCode.Conflict, (await Http.SendAsync(request)).StatusCode);

        var current = await Http.GetFromJsonAsync<JsonElement>($"/api/incidents/{id}");
        Assert.Equal(2, current.GetProperty("summary").GetProperty("version").GetInt64());
        Assert.Equal("Grid", current.GetProperty("summary").GetProperty("level").GetString());
    }

    [Fact]
    public async Task Bad_input_is_400_naming_the_field_and_unknown_ids_are_404()
    {
        var estateId = await EstateAsync(Http);
        Assert.Equal("category", await ProblemAssert.FieldAsync(await Http.PostAsJsonAsync("/api/incidents", Case(estateId, category: "Noise"))));
        Assert.Equal("location.gridId", await ProblemAssert.FieldAsync(await Http.PostAsJsonAsync("/api/incidents", new
        {
            category = "Parking", severity = "Minor", description = "x", actor = "y", location = new { estateId, gridId = "G9" },
        })));
        var id = (await FileAsync(estateId)).GetProperty("summary").GetProperty("incidentId").GetString()!;
        Assert.Equal("reason", await ProblemAssert.FieldAsync(await Http.PostAsJsonAsync($"/api/incidents/{id}/void", new { expectedVersion = 1, actor = "甲", approver = "GridLeader" })));
        Assert.Equal("expectedVersion", await ProblemAssert.FieldAsync(await Http.PostAsJsonAsync($"/api/incidents/{id}/acknowledge", new { actor = "甲" })));
        Assert.Equal(HttpStatusCode.NotFound, (await Http.GetAsync("/api/incidents/IN-20260101-ZZZZZZ")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Http.PostAsJsonAsync("/api/incidents", Case(Fresh.EstateId("HZ")))).StatusCode);
        Assert.Equal(1, (await Http.GetFromJsonAsync<JsonElement>($"/api/incidents/{id}")).GetProperty("summary").GetProperty("version").GetInt64());
    }
}
