using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Anju.Access;
using Anju.Alarms;
using Anju.Tests.Infrastructure;
using static Anju.Testing.Wait;

namespace Anju.Tests.Alarms;

/// <summary>The alarm board and acknowledge endpoints on a real silo and PostgreSQL.</summary>
[Collection(PostgresCollection.Name)]
public sealed class AlarmApiTests(SiloFixture fixture)
{
    private readonly RunningSilo _silo = fixture.Silo;

    private HttpClient Http => _silo.Http;

    /// <summary>An estate in Baiyun whose desk holds one open alarm; answers the alarm's stream id.</summary>
    private async Task<(string EstateId, string AlarmId)> EstateWithAlarmAsync()
    {
        var id = Fresh.EstateId("BY");
        (await Http.PostAsJsonAsync("/api/estates", new { estateId = id, name = "白雲保障房", district = "BY", street = "同和街", floorArea = 90_000 })).EnsureSuccessStatusCode();
        var raised = await Http.PostAsJsonAsync($"/api/security/estates/{id}/alarms", new { type = "Device", severity = "Major", originator = "panel-1", detail = "煙感告警" });
        raised.EnsureSuccessStatusCode();
        var localId = (await raised.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("alarmId").GetString()!;
        return (id, StreamAlarm.IdOf(AlarmSource.Security, id, localId));
    }

    private static string Acknowledge(string alarmId) => $"/api/alarms/{Uri.EscapeDataString(alarmId)}/acknowledge";

    [Fact]
    public async Task The_wall_operator_acknowledges_an_alarm_and_the_desk_records_them()
    {
        var (estateId, alarmId) = await EstateWithAlarmAsync();
        var board = await EventuallyAsync(() => Http.GetFromJsonAsync<JsonElement>("/api/alarms?district=BY"),
            b => b.GetProperty("open").EnumerateArray().Any(a => a.GetProperty("alarm").GetProperty("alarmId").GetString() == alarmId));
        Assert.Equal("BY", board.GetProperty("district").GetString());
        using var wall = await _silo.ClientAsync("alarm-wall-op", new Grant(Role.CityOperator, ScopeKind.City, ""));

        using var response = await wall.PostAsJsonAsync(Acknowledge(alarmId), new { });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var acknowledged = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("alarm-wall-op", "ActiveAcknowledged"), (acknowledged.GetProperty("acknowledgedBy").GetString(), acknowledged.GetProperty("state").GetString()));
        var desk = await Http.GetFromJsonAsync<JsonElement>($"/api/security/estates/{estateId}/alarms");
        Assert.Equal("alarm-wall-op", desk[0].GetProperty("acknowledgedBy").GetString());
        var city = await EventuallyAsync(() => wall.GetFromJsonAsync<JsonElement>("/api/alarms"),
            b => b.GetProperty("open").EnumerateArray().Any(a => a.GetProperty("alarm").GetProperty("acknowledgedBy").GetString() == "alarm-wall-op"));
        Assert.Equal(JsonValueKind.Null, city.GetProperty("district").ValueKind);
    }

    [Fact]
    public async Task A_post_without_acknowledge_alarms_is_refused()
    {
        var (_, alarmId) = await EstateWithAlarmAsync();
        using var grid = await _silo.ClientAsync("alarm-grid-staff", new Grant(Role.GridStaff, ScopeKind.City, ""));

        using var response = await grid.PostAsJsonAsync(Acknowledge(alarmId), new { });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var desk = await Http.GetFromJsonAsync<JsonElement>($"/api/security/estates/{alarmId.Split(':')[1]}/alarms");
        Assert.Equal(JsonValueKind.Null, desk[0].GetProperty("acknowledgedBy").ValueKind);
    }

    [Fact]
    public async Task A_malformed_alarm_id_is_a_400_and_an_unknown_alarm_a_404()
    {
        Assert.Equal("alarmId", await ProblemAssert.FieldAsync(await Http.PostAsJsonAsync(Acknowledge("not-an-alarm"), new { })));
        Assert.Equal("alarmId", await ProblemAssert.FieldAsync(await Http.PostAsJsonAsync(Acknowledge("pager:TH-0001:AL-1"), new { })));
        await ProblemAssert.StatusAsync(await Http.PostAsJsonAsync(Acknowledge("security:BY-NONE:AL-1"), new { }), HttpStatusCode.NotFound);
        var (estateId, _) = await EstateWithAlarmAsync();
        await ProblemAssert.StatusAsync(await Http.PostAsJsonAsync(Acknowledge($"security:{estateId}:AL-999999"), new { }), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_board_is_read_in_the_district_a_grant_reaches_and_the_city_only_with_a_city_grant()
    {
        using var district = await _silo.ClientAsync("alarm-hz-op", new Grant(Role.DistrictOperator, ScopeKind.District, "HZ"));

        Assert.Equal(HttpStatusCode.OK, (await district.GetAsync("/api/alarms?district=HZ")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await district.GetAsync("/api/alarms?district=BY")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await district.GetAsync("/api/alarms")).StatusCode);
        Assert.Equal("district", await ProblemAssert.FieldAsync(await Http.GetAsync("/api/alarms?district=XX")));
    }
}
