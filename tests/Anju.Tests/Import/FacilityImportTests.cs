using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Anju.Access;
using Anju.Tests.Api;
using Anju.Tests.Infrastructure;

namespace Anju.Tests.Import;

/// <summary>The facility register CSV import on a real silo and PostgreSQL: all or nothing, idempotent, in scope.</summary>
[Collection(PostgresCollection.Name)]
public sealed class FacilityImportTests(SiloFixture fixture)
{
    private readonly RunningSilo _silo = fixture.Silo;

    private HttpClient Http => _silo.Http;

    private const string Header = "estateId,facilityId,type,name,buildingId,zoneId,gridId,deviceId,location,managingUnit,installedOn";

    private static Task<HttpResponseMessage> ImportAsync(HttpClient client, params string[] rows) =>
        client.PostAsync("/api/import/facilities", new StringContent(string.Join("\n", [Header, .. rows]) + "\n", Encoding.UTF8, "text/csv"));

    private async Task<List<string?>> RegisterAsync(FacilityCity city) =>
        [.. (await Http.GetFromJsonAsync<JsonElement>($"{city.Register}/register")).EnumerateArray().Select(f => f.GetProperty("facility").GetProperty("facilityId").GetString()).Order()];

    [Fact]
    public async Task A_good_file_registers_its_facilities_and_a_second_import_changes_nothing()
    {
        var city = await FacilityCity.CreateAsync(Http);
        string[] rows =
        [
            $"{city.Estate},LIFT-2,Lift,1棟2號梯,B1,,G1,LC2-{city.Estate},1棟大堂,,2020-03-01",
            $"{city.Estate},FIRE-1,FireSystem,消防主機,,,,,消控室,廣州消防維保,",
        ];

        var first = await FacilityCity.Ok(ImportAsync(Http, rows));
        Assert.Equal((1, 2, 2), (first.GetProperty("estates").GetInt32(), first.GetProperty("facilities").GetInt32(), first.GetProperty("registered").GetInt32()));
        var again = await FacilityCity.Ok(ImportAsync(Http, rows));
        Assert.Equal(0, again.GetProperty("registered").GetInt32());

        Assert.Equal(["FIRE-1", FacilityCity.Lift, "LIFT-2", FacilityCity.Pump], await RegisterAsync(city));
        var fire = await Http.GetFromJsonAsync<JsonElement>($"{city.Register}/register/FIRE-1");
        Assert.Equal("廣州消防維保", fire.GetProperty("facility").GetProperty("managingUnit").GetString());
    }

    [Fact]
    public async Task A_file_with_a_bad_row_stores_nothing_and_names_line_and_column()
    {
        var city = await FacilityCity.CreateAsync(Http);

        var response = await ImportAsync(Http,
            $"{city.Estate},LIGHT-1,Lighting,路燈,,,,,,,",
            $"{city.Estate},LIFT-9,Elevator,電梯,B1,,,,,,",
            $"{city.Estate},LIFT-8,Lift,電梯,B9,,,,,,",
            $"{city.Estate},LIGHT-1,Lighting,路燈,,,,,,,2020-13-01");

        var problem = await ProblemAssert.NamesFieldAsync(response, "type");
        var rows = problem.GetProperty("rows").EnumerateArray().Select(r => (r.GetProperty("row").GetInt32(), r.GetProperty("field").GetString())).ToList();
        Assert.Contains((3, "type"), rows);
        Assert.Contains((4, "buildingId"), rows);
        Assert.Contains((5, "installedOn"), rows);
        Assert.Equal([FacilityCity.Lift, FacilityCity.Pump], await RegisterAsync(city));
    }

    [Fact]
    public async Task Every_estate_of_the_file_must_be_in_the_callers_scope()
    {
        var city = await FacilityCity.CreateAsync(Http);
        using var elsewhere = await _silo.ClientAsync("fac-import-hz", new Grant(Role.HousingOffice, ScopeKind.District, "HZ"));

        var refused = await ImportAsync(elsewhere, $"{city.Estate},LIGHT-1,Lighting,路燈,,,,,,,");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("header", await ProblemAssert.FieldAsync(await ImportAsync(Http)));
        Assert.Equal([FacilityCity.Lift, FacilityCity.Pump], await RegisterAsync(city));
    }
}
