using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Anju.Access;
using Anju.Tests.Infrastructure;

namespace Anju.Tests.Access;

/// <summary>Personal data leaves the silo only to roles entitled to it, masked otherwise; counts stay visible; each read
/// of a person's record is in the audit log; lists hold only the rows in the caller's scope.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PersonalDataTests(SiloFixture fixture) : IAsyncLifetime
{
    private readonly RunningSilo _silo = fixture.Silo;
    private AccessCity _city = null!;

    public async Task InitializeAsync() => _city = await AccessCity.CreateAsync(_silo.Http);

    public Task DisposeAsync() => Task.CompletedTask;

    private string Dwelling(string id) => $"/api/estates/{_city.Estate}/dwellings/{id}";

    [Fact]
    public async Task A_city_operator_sees_households_and_reporters_masked_and_the_housing_office_sees_them_whole()
    {
        using var cityOperator = await _silo.ClientAsync("pd-city", new Grant(Role.CityOperator, ScopeKind.City, ""));

        var masked = await cityOperator.GetFromJsonAsync<JsonElement>(Dwelling(_city.Dwelling));
        var household = masked.GetProperty("household");
        Assert.Equal("P4***************34", household.GetProperty("headOfHousehold").GetString());
        Assert.False(household.TryGetProperty("specialGroups", out _), $"special groups leaked: {household}");
        var list = await cityOperator.GetFromJsonAsync<JsonElement>($"/api/estates/{_city.Estate}/dwellings");
        Assert.All(list.GetProperty("items").EnumerateArray(), d => Assert.False(d.TryGetProperty("specialGroups", out _)));
        // Counts stay visible to all.
        await Wait.EventuallyAsync(
            () => cityOperator.GetFromJsonAsync<JsonElement>($"/api/estates/{_city.Estate}"),
            status => status.GetProperty("residency").GetProperty("specialGroupHouseholds").GetInt32() == 2);

        var reporter = (await cityOperator.GetFromJsonAsync<JsonElement>($"/api/incidents/{_city.Incident}")).GetProperty("reporter");
        Assert.Equal(("王**", "138****1111", "w***@example.org"),
            (reporter.GetProperty("name").GetString(), reporter.GetProperty("phone").GetString(), reporter.GetProperty("email").GetString()));
        var staff = (await cityOperator.GetFromJsonAsync<JsonElement>($"/api/estates/{_city.Estate}/grids/G1")).GetProperty("staff")[0];
        Assert.Equal("138****5678", staff.GetProperty("phone").GetString());

        var whole = (await _silo.Http.GetFromJsonAsync<JsonElement>(Dwelling(_city.Dwelling))).GetProperty("household");
        Assert.Equal("P440106198001011234", whole.GetProperty("headOfHousehold").GetString());
        Assert.Equal("Disability", whole.GetProperty("specialGroups").GetString());
        Assert.Equal("13800001111", (await _silo.Http.GetFromJsonAsync<JsonElement>($"/api/incidents/{_city.Incident}")).GetProperty("reporter").GetProperty("phone").GetString());
    }

    [Fact]
    public async Task Grid_staff_see_their_own_grids_households_and_not_the_next_grids()
    {
        using var gridStaff = await _silo.ClientAsync("pd-grid", new Grant(Role.GridStaff, ScopeKind.Grid, $"{_city.Estate}/G1"));
        var own = (await gridStaff.GetFromJsonAsync<JsonElement>(Dwelling(_city.Dwelling))).GetProperty("household");
        Assert.Equal("Disability", own.GetProperty("specialGroups").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await gridStaff.GetAsync(Dwelling(_city.OtherGridDwelling))).StatusCode);

        // The estate-wide list reaches them (their estate's screen) but shows no one's special groups.
        var list = await gridStaff.GetFromJsonAsync<JsonElement>($"/api/estates/{_city.Estate}/dwellings");
        Assert.All(list.GetProperty("items").EnumerateArray(), d => Assert.False(d.TryGetProperty("specialGroups", out _)));
        Assert.Equal(HttpStatusCode.Forbidden, (await gridStaff.GetAsync($"/api/estates/{_city.OtherDistrictEstate}")).StatusCode);
    }

    [Fact]
    public async Task Civil_affairs_see_special_groups_in_their_district_only_and_change_nothing()
    {
        using var civil = await _silo.ClientAsync("pd-civil", new Grant(Role.CivilAffairs, ScopeKind.District, "TH"));
        Assert.Equal("Disability", (await civil.GetFromJsonAsync<JsonElement>(Dwelling(_city.Dwelling))).GetProperty("household").GetProperty("specialGroups").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await civil.PostAsJsonAsync($"{Dwelling(_city.Dwelling)}/occupancy", new { action = "CancelAllocation" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await civil.GetAsync($"/api/estates/{_city.OtherDistrictEstate}/dwellings")).StatusCode);
    }

    [Fact]
    public async Task Each_read_of_a_persons_record_is_audited_with_who_what_and_which_fields()
    {
        using var civil = await _silo.ClientAsync("pd-audited", new Grant(Role.CivilAffairs, ScopeKind.District, "TH"));
        (await civil.GetAsync(Dwelling(_city.OtherGridDwelling))).EnsureSuccessStatusCode();
        using var auditor = await _silo.ClientAsync("pd-auditor", new Grant(Role.Auditor, ScopeKind.City, ""));

        var rows = (await auditor.GetFromJsonAsync<JsonElement>($"/api/audit?actor=pd-audited&objectId=dwellingId={_city.OtherGridDwelling}")).GetProperty("rows");
        var row = Assert.Single(rows.EnumerateArray());
        Assert.Equal("CivilAffairs", row.GetProperty("roles").GetString());
        Assert.Equal("household", row.GetProperty("objectType").GetString());
        Assert.Contains("special-groups", row.GetProperty("personalFields").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal("Allowed", row.GetProperty("outcome").GetString());
        Assert.True((await auditor.GetFromJsonAsync<JsonElement>("/api/audit/verify")).GetProperty("intact").GetBoolean());

        // The auditor reads the log and nothing else; nobody else reads the log.
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.GetAsync(Dwelling(_city.Dwelling))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await civil.GetAsync("/api/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _silo.Admin.GetAsync("/api/audit")).StatusCode);
    }

    [Fact]
    public async Task Lists_hold_only_the_rows_in_the_callers_scope()
    {
        using var haizhu = await _silo.ClientAsync("pd-hz", new Grant(Role.DistrictOperator, ScopeKind.District, "HZ"));
        var estates = (await haizhu.GetFromJsonAsync<JsonElement>("/api/estates?take=1000")).GetProperty("items").EnumerateArray().ToList();
        Assert.Contains(estates, e => e.GetProperty("estateId").GetString() == _city.OtherDistrictEstate);
        Assert.All(estates, e => Assert.Equal("HZ", e.GetProperty("district").GetString()));
        var cases = (await haizhu.GetFromJsonAsync<JsonElement>("/api/incidents?take=200")).GetProperty("items").EnumerateArray();
        Assert.DoesNotContain(cases, c => c.GetProperty("incidentId").GetString() == _city.Incident);
        Assert.Equal(HttpStatusCode.Forbidden, (await haizhu.GetAsync("/api/city")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await haizhu.GetAsync("/api/districts/TH")).StatusCode);
        (await haizhu.GetAsync("/api/districts/HZ")).EnsureSuccessStatusCode();

        using var tianhe = await _silo.ClientAsync("pd-th", new Grant(Role.DistrictOperator, ScopeKind.District, "TH"));
        var theirs = (await tianhe.GetFromJsonAsync<JsonElement>("/api/incidents?take=200")).GetProperty("items").EnumerateArray();
        Assert.Contains(theirs, c => c.GetProperty("incidentId").GetString() == _city.Incident);
    }

    [Fact]
    public async Task A_batch_command_on_a_dwelling_out_of_scope_is_forbidden_alone_and_the_batch_is_audited()
    {
        using var agency = await _silo.ClientAsync("pd-agency", new Grant(Role.Agency, ScopeKind.District, "HZ"));
        var answer = await agency.PostAsJsonAsync("/api/dwellings/commands", new[]
        {
            new { estateId = _city.Estate, dwellingId = _city.Dwelling, command = "inspection", body = (object)new { finding = "NoIssue" } },
        });
        answer.EnsureSuccessStatusCode();
        var result = (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("results")[0];
        Assert.Equal(("forbidden", 403), (result.GetProperty("outcome").GetString(), result.GetProperty("status").GetInt32()));

        using var auditor = await _silo.ClientAsync("pd-auditor2", new Grant(Role.Auditor, ScopeKind.City, ""));
        var row = Assert.Single((await auditor.GetFromJsonAsync<JsonElement>($"/api/audit?actor=pd-agency&objectId=estateId={_city.Estate}")).GetProperty("rows").EnumerateArray());
        Assert.Contains("1 forbidden", row.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
