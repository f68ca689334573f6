using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Anju.Tests.Infrastructure;

namespace Anju.Tests.Api;

/// <summary>The silo's HTTP API on a real silo and PostgreSQL: status codes, problem details, nothing changed on error.</summary>
[Collection(PostgresCollection.Name)]
public sealed class EstateApiTests(SiloFixture fixture)
{
    private readonly RunningSilo _silo = fixture.Silo;

    private HttpClient Http => _silo.Http;

    private async Task<string> RegisterAsync()
    {
        var id = Fresh.EstateId("HZ");
        var response = await Http.PostAsJsonAsync("/api/estates", new { estateId = id, name = "鷺江保障房", district = "HZ", street = "新港街", floorArea = 81_000 });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        (await Http.PostAsJsonAsync($"/api/estates/{id}/grids", new { gridId = "G1", name = "第一網格" })).EnsureSuccessStatusCode();
        (await Http.PostAsJsonAsync($"/api/estates/{id}/buildings", new { buildingId = "B5", name = "5棟", gridId = "G1", floors = 18 })).EnsureSuccessStatusCode();
        return id;
    }

    private static object Dwelling(string id, double floorArea = 62.5, string tenure = "PublicRental") =>
        new { dwellingId = id, floorArea, buildingId = "B5", unit = 1, floor = 8, number = id[^2..], tenure };

    [Theory]
    [InlineData("""{"estateId":"HZ-9001","name":"","district":"HZ","street":"新港街","floorArea":1000}""", "name")]
    [InlineData("""{"estateId":"HZ-9001","name":"某苑","district":"ZZ","street":"新港街","floorArea":1000}""", "district")]
    [InlineData("""{"estateId":"HZ-9001","name":"某苑","district":"HZ","street":"新港街"}""", "floorArea")]
    [InlineData("""{"estateId":"bad id!","name":"某苑","district":"HZ","street":"新港街","floorArea":1000}""", "estateId")]
    public async Task Bad_registration_is_400_naming_the_field(string body, string field)
    {
        var response = await Http.PostAsync("/api/estates", new StringContent(body, Encoding.UTF8, "application/json"));
        await ProblemAssert.NamesFieldAsync(response, field);
    }

    [Fact]
    public async Task Bad_input_for_an_existing_estate_leaves_it_unchanged()
    {
        var id = await RegisterAsync();
        (await Http.PostAsJsonAsync($"/api/estates/{id}/dwellings", Dwelling("5-1-0801"))).EnsureSuccessStatusCode();
        var before = await Http.GetStringAsync($"/api/estates/{id}/dwellings/5-1-0801");
        var structureBefore = await Http.GetStringAsync($"/api/estates/{id}/structure");

        var badRegistration = await Http.PostAsJsonAsync("/api/estates", new { estateId = id, name = "", district = "HZ", street = "新港街", floorArea = 81_000 });
        var badDwelling = await Http.PostAsJsonAsync($"/api/estates/{id}/dwellings", Dwelling("5-1-0802", floorArea: -1));
        var badTenure = await Http.PostAsJsonAsync($"/api/estates/{id}/dwellings", Dwelling("5-1-0803", tenure: "Palace"));
        var badHousehold = await Http.PutAsJsonAsync($"/api/estates/{id}/dwellings/5-1-0801/household", new { size = 0, headOfHousehold = "H-1", actor = "clerk" });
        var badAction = await Http.PostAsJsonAsync($"/api/estates/{id}/dwellings/5-1-0801/occupancy", new { action = "Demolish", actor = "clerk" });
        var illegal = await Http.PostAsJsonAsync($"/api/estates/{id}/dwellings/5-1-0801/occupancy", new { action = "MoveIn", actor = "clerk" });

        Assert.Equal("name", await ProblemAssert.FieldAsync(badRegistration));
        Assert.Equal("floorArea", await ProblemAssert.FieldAsync(badDwelling));
        Assert.Equal("action", await ProblemAssert.FieldAsync(badAction));
        Assert.Equal("tenure", await ProblemAssert.FieldAsync(badTenure));
        Assert.Equal("size", await ProblemAssert.FieldAsync(badHousehold));
        await ProblemAssert.StatusAsync(illegal, HttpStatusCode.Conflict);
        Assert.Equal(before, await Http.GetStringAsync($"/api/estates/{id}/dwellings/5-1-0801"));
        Assert.Equal(structureBefore, await Http.GetStringAsync($"/api/estates/{id}/structure"));
        await ProblemAssert.StatusAsync(await Http.GetAsync($"/api/estates/{id}/dwellings/5-1-0802"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Malformed_json_is_400_problem_details()
    {
        var response = await Http.PostAsync("/api/estates", new StringContent("{not json", Encoding.UTF8, "application/json"));
        var problem = await ProblemAssert.StatusAsync(response, HttpStatusCode.BadRequest);
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("detail").GetString()), "the problem should say what could not be read");
    }

    [Fact]
    public async Task Unknown_ids_are_404()
    {
        await ProblemAssert.StatusAsync(await Http.GetAsync("/api/estates/NS-404X"), HttpStatusCode.NotFound);
        await ProblemAssert.StatusAsync(await Http.GetAsync("/api/estates/NS-404X/dwellings/1-1-101"), HttpStatusCode.NotFound);
        await ProblemAssert.StatusAsync(await Http.PostAsJsonAsync("/api/estates/NS-404X/dwellings", Dwelling("1-1-101")), HttpStatusCode.NotFound);
        await ProblemAssert.StatusAsync(await Http.GetAsync("/api/estates/NS-404X/grids/G1"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Deductions_cross_the_warning_level_once_even_when_a_command_is_repeated()
    {
        var id = await RegisterAsync();
        var dwelling = $"/api/estates/{id}/dwellings/1-1-101";
        (await Http.PostAsJsonAsync($"/api/estates/{id}/dwellings", Dwelling("1-1-101"))).EnsureSuccessStatusCode();
        (await Http.PostAsJsonAsync($"{dwelling}/occupancy", new { action = "allocate", actor = "clerk" })).EnsureSuccessStatusCode();
        (await Http.PostAsJsonAsync($"{dwelling}/occupancy", new { action = "MoveIn", actor = "clerk" })).EnsureSuccessStatusCode();

        async Task<JsonElement> DeductAsync(int points, string key)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"{dwelling}/deductions")
            {
                Content = JsonContent.Create(new { points, reasonCode = "SUBLET", actor = "inspector" }),
            };
            request.Headers.Add("Idempotency-Key", key);
            var response = await Http.SendAsync(request);
            response.EnsureSuccessStatusCode();
            return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("deductions");
        }

        var first = await DeductAsync(4, "d-1");
        Assert.Equal((4, "None"), (first.GetProperty("total").GetInt32(), first.GetProperty("level").GetString()));
        var crossing = await DeductAsync(2, "d-2");
        Assert.Equal((6, "Warning"), (crossing.GetProperty("total").GetInt32(), crossing.GetProperty("level").GetString()));
        var repeated = await DeductAsync(2, "d-2");
        Assert.Equal((6, "Warning"), (repeated.GetProperty("total").GetInt32(), repeated.GetProperty("level").GetString()));

        await ProblemAssert.NamesFieldAsync(await Http.PostAsJsonAsync($"{dwelling}/deductions", new { reasonCode = "SUBLET", actor = "inspector" }), "points");
        var stored = (await Http.GetFromJsonAsync<JsonElement>(dwelling)).GetProperty("deductions");
        Assert.Equal((6, "Warning"), (stored.GetProperty("total").GetInt32(), stored.GetProperty("level").GetString()));
    }

    [Fact]
    public async Task Occupancy_change_through_the_api_moves_the_estate_rate()
    {
        var id = await RegisterAsync();
        (await Http.PostAsJsonAsync($"/api/estates/{id}/dwellings", Dwelling("1-1-101"))).EnsureSuccessStatusCode();
        (await Http.PostAsJsonAsync($"/api/estates/{id}/dwellings", Dwelling("1-1-102"))).EnsureSuccessStatusCode();
        (await Http.PostAsJsonAsync($"/api/estates/{id}/dwellings/1-1-101/occupancy", new { action = "allocate", actor = "clerk" })).EnsureSuccessStatusCode();
        (await Http.PostAsJsonAsync($"/api/estates/{id}/dwellings/1-1-101/occupancy", new { action = "MoveIn", actor = "clerk" })).EnsureSuccessStatusCode();
        (await Http.PutAsJsonAsync($"/api/estates/{id}/dwellings/1-1-101/household",
            new { size = 4, headOfHousehold = "H-0001", specialGroups = new[] { "LowIncome" }, actor = "clerk" })).EnsureSuccessStatusCode();

        var status = await Wait.EventuallyAsync(() => Http.GetFromJsonAsync<JsonElement>($"/api/estates/{id}"),
            s => s.GetProperty("residency").GetProperty("residents").GetInt32() == 4);

        Assert.Equal(4, status.GetProperty("residency").GetProperty("residents").GetInt32());
        Assert.Equal(1, status.GetProperty("residency").GetProperty("specialGroupHouseholds").GetInt32());
        Assert.True(status.GetProperty("health").GetProperty("score").GetInt32() is > 0 and <= 100);
        var occupancy = status.GetProperty("occupancy");
        Assert.Equal(2, occupancy.GetProperty("dwellings").GetInt32());
        Assert.Equal(1, occupancy.GetProperty("occupied").GetInt32());
        Assert.Equal(0.5, occupancy.GetProperty("rate").GetDouble());
        Assert.Equal(1, occupancy.GetProperty("byState").GetProperty("Occupied").GetInt32());

        var page = await Http.GetFromJsonAsync<JsonElement>($"/api/estates/{id}/dwellings?skip=0&take=1");
        Assert.Equal(2, page.GetProperty("total").GetInt32());
        Assert.Single(page.GetProperty("items").EnumerateArray());
        await ProblemAssert.StatusAsync(await Http.GetAsync($"/api/estates/{id}/dwellings?take=0"), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Estates_list_by_district_through_the_rollups()
    {
        var id = await RegisterAsync();
        var page = await Wait.EventuallyAsync(() => Http.GetFromJsonAsync<JsonElement>("/api/estates?district=HZ&take=1000"),
            p => p.GetProperty("items").EnumerateArray().Any(e => e.GetProperty("estateId").GetString() == id));

        Assert.Contains(page.GetProperty("items").EnumerateArray(), e => e.GetProperty("estateId").GetString() == id);
        await ProblemAssert.NamesFieldAsync(await Http.GetAsync("/api/estates?district=QQ"), "district");
        var city = await Http.GetFromJsonAsync<JsonElement>("/api/city");
        Assert.True(city.GetProperty("estates").GetInt32() >= 1);
    }

    [Fact]
    public async Task Readiness_names_the_database_the_cluster_the_schema_and_the_city_figures_and_liveness_names_nothing()
    {
        var ready = await Http.GetFromJsonAsync<JsonElement>("/health/ready");
        Assert.Equal("Healthy", ready.GetProperty("status").GetString());
        Assert.Equal(["city-figures", "cluster", "postgres", "schema"],
            ready.GetProperty("checks").EnumerateObject().Select(c => c.Name).Order(StringComparer.Ordinal));
        var live = await Http.GetFromJsonAsync<JsonElement>("/health/live");
        Assert.Equal(("Healthy", 0), (live.GetProperty("status").GetString(), live.GetProperty("checks").EnumerateObject().Count()));
        var health = await Http.GetFromJsonAsync<JsonElement>("/health");
        Assert.Equal(["postgres"], health.GetProperty("checks").EnumerateObject().Select(c => c.Name));
    }

    [Fact]
    public async Task Health_checks_the_database_and_openapi_is_served()
    {
        Assert.Equal(HttpStatusCode.OK, (await Http.GetAsync("/health")).StatusCode);
        var openApi = await Http.GetStringAsync("/openapi/v1.json");
        Assert.Contains("/api/estates/{estateId}/dwellings/{dwellingId}/occupancy", openApi);
    }
}
