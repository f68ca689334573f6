using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Anju.Tests.Infrastructure;
using static Anju.Tests.Import.ImportFile;

namespace Anju.Tests.Import;

/// <summary><c>POST /api/import</c> on a real silo and PostgreSQL: a good file is stored, again changes nothing, a bad one stores nothing.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ImportApiTests(SiloFixture fixture)
{
    private readonly RunningSilo _silo = fixture.Silo;

    private HttpClient Http => _silo.Http;

    private Task<HttpResponseMessage> ImportAsync(string csv, string mediaType = "text/csv") =>
        Http.PostAsync("/api/import", new StringContent(csv, Encoding.UTF8, mediaType));

    /// <summary>Two estates: one small with two grids, one over 200,000 m² with two zones; 7 dwellings, some lived in.</summary>
    private static string City(string small, string large) => Of(
        Row(small, "1-1-0501"),
        Row(small, "1-1-0502", state: "Vacant"),
        Row(small, "1-1-0601", floor: "6", state: "Allocated"),
        Row(small, "2-1-0501", buildingId: "B2", buildingName: "2棟", gridId: "G2", gridName: "第2網格", tenure: "Economy", ownedShare: "0.8"),
        Row(large, "1-1-1201", estateName: "鷺江保障房", district: "HZ", street: "新港街", estateArea: "250000", zoneId: "Z1", zoneName: "一區"),
        Row(large, "1-1-1202", estateName: "鷺江保障房", district: "HZ", street: "新港街", estateArea: "250000", zoneId: "Z1", zoneName: "一區", state: "UnderRepair"),
        Row(large, "9-1-0301", estateName: "鷺江保障房", district: "HZ", street: "新港街", estateArea: "250000", zoneId: "Z2", zoneName: "二區",
            gridId: "G9", buildingId: "B9", buildingName: "9棟", floor: "3", state: "ExitRequested"));

    private async Task<JsonElement> EstateAsync(string estateId, int dwellings) =>
        await Wait.EventuallyAsync(
            async () => await Http.GetFromJsonAsync<JsonElement>($"/api/estates/{estateId}"),
            e => e.GetProperty("occupancy").GetProperty("dwellings").GetInt32() == dwellings);

    private static (int Zones, int Grids, int Buildings, int Dwellings, int Occupied) Counts(JsonElement estate) =>
        (estate.GetProperty("zones").GetInt32(), estate.GetProperty("grids").GetInt32(), estate.GetProperty("buildings").GetInt32(),
            estate.GetProperty("occupancy").GetProperty("dwellings").GetInt32(), estate.GetProperty("occupancy").GetProperty("occupied").GetInt32());

    [Fact]
    public async Task A_good_file_is_stored_and_importing_it_again_changes_nothing()
    {
        var (small, large) = (Fresh.EstateId("TH"), Fresh.EstateId("HZ"));
        var csv = City(small, large);

        var first = await ImportAsync(csv);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var result = await first.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((2, 2, 4, 4, 7), (result.GetProperty("estates").GetInt32(), result.GetProperty("zones").GetInt32(), result.GetProperty("grids").GetInt32(),
            result.GetProperty("buildings").GetInt32(), result.GetProperty("dwellings").GetInt32()));
        Assert.Equal((0, 2, 2, 4, 2), Counts(await EstateAsync(small, 4)));
        Assert.Equal((2, 2, 2, 3, 2), Counts(await EstateAsync(large, 3)));
        var lived = await Http.GetFromJsonAsync<JsonElement>($"/api/estates/{small}/dwellings/1-1-0501");
        Assert.Equal("Occupied", lived.GetProperty("state").GetString());
        Assert.Equal(3, lived.GetProperty("household").GetProperty("size").GetInt32());
        var dwellingBefore = await Http.GetStringAsync($"/api/estates/{small}/dwellings/2-1-0501");
        var structureBefore = await Http.GetStringAsync($"/api/estates/{large}/structure");

        var again = await ImportAsync(csv);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(7, (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("dwellings").GetInt32());
        Assert.Equal((0, 2, 2, 4, 2), Counts(await EstateAsync(small, 4)));
        Assert.Equal((2, 2, 2, 3, 2), Counts(await EstateAsync(large, 3)));
        Assert.Equal(dwellingBefore, await Http.GetStringAsync($"/api/estates/{small}/dwellings/2-1-0501"));
        Assert.Equal(structureBefore, await Http.GetStringAsync($"/api/estates/{large}/structure"));
        var status = await Http.GetFromJsonAsync<JsonElement>("/api/import/status");
        Assert.Equal(("Done", 7), (status.GetProperty("phase").GetString(), status.GetProperty("dwellingsDone").GetInt32()));
    }

    [Fact]
    public async Task One_bad_row_among_good_ones_refuses_the_whole_file()
    {
        var (small, large) = (Fresh.EstateId("TH"), Fresh.EstateId("HZ"));
        var lines = City(small, large).Split('\n').ToList();
        lines[6] = lines[6].Replace(",PublicRental,", ",Palace,", StringComparison.Ordinal); // row 7: the second dwelling of the large estate

        var response = await ImportAsync(string.Join('\n', lines));

        var problem = await ProblemAssert.NamesFieldAsync(response, "tenure");
        var row = Assert.Single(problem.GetProperty("rows").EnumerateArray());
        Assert.Equal((7, "tenure"), (row.GetProperty("row").GetInt32(), row.GetProperty("field").GetString()));
        Assert.Equal(1, problem.GetProperty("errorCount").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await Http.GetAsync($"/api/estates/{small}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Http.GetAsync($"/api/estates/{large}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Http.GetAsync($"/api/estates/{small}/dwellings/1-1-0501")).StatusCode);
    }

    [Fact]
    public async Task A_file_that_contradicts_what_is_stored_is_refused_and_changes_nothing()
    {
        var (small, large) = (Fresh.EstateId("TH"), Fresh.EstateId("HZ"));
        Assert.Equal(HttpStatusCode.OK, (await ImportAsync(City(small, large))).StatusCode);
        var before = Counts(await EstateAsync(small, 4));

        var renamed = City(small, large).Replace("棠德花苑", "棠德新苑", StringComparison.Ordinal) + Row(small, "1-1-0701", floor: "7", estateName: "棠德新苑") + "\n";
        var response = await ImportAsync(renamed);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var row = Assert.Single((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rows").EnumerateArray());
        Assert.Equal((2, "estateName"), (row.GetProperty("row").GetInt32(), row.GetProperty("field").GetString()));
        Assert.Equal(before, Counts(await Http.GetFromJsonAsync<JsonElement>($"/api/estates/{small}")));
        Assert.Equal(HttpStatusCode.NotFound, (await Http.GetAsync($"/api/estates/{small}/dwellings/1-1-0701")).StatusCode);
    }

    [Fact]
    public async Task A_file_with_locations_places_its_estates_where_the_file_says()
    {
        var estateId = Fresh.EstateId("TH");

        var response = await ImportAsync(Located((Row(estateId, "1-1-0501"), "23.1291", "113.2644"), (Row(estateId, "1-1-0502"), "23.1291", "113.2644")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var location = (await Http.GetFromJsonAsync<JsonElement>($"/api/estates/{estateId}")).GetProperty("profile").GetProperty("location");
        Assert.Equal((23.1291, 113.2644), (location.GetProperty("lat").GetDouble(), location.GetProperty("long").GetDouble()));
    }

    [Fact]
    public async Task Only_csv_is_accepted()
    {
        var response = await ImportAsync(City(Fresh.EstateId(), Fresh.EstateId("HZ")), "application/json");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Diagnostics_report_memory_and_activations()
    {
        var diagnostics = await _silo.Admin.GetFromJsonAsync<JsonElement>("/api/diagnostics?gc=true");

        Assert.True(diagnostics.GetProperty("workingSetBytes").GetInt64() > 0);
        Assert.True(diagnostics.GetProperty("managedHeapBytes").GetInt64() > 0);
        Assert.Equal(3, diagnostics.GetProperty("gcCollections").GetArrayLength());
        Assert.True(diagnostics.GetProperty("activations").GetInt32() >= 0);
        Assert.NotEqual(JsonValueKind.Undefined, diagnostics.GetProperty("uptime").ValueKind);
    }
}
