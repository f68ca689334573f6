using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Anju.Tests.Infrastructure;

namespace Anju.Tests.Api;

/// <summary>The security API and device ingest on a real silo and PostgreSQL.</summary>
[Collection(PostgresCollection.Name)]
public sealed class SecurityApiTests(SiloFixture fixture)
{
    private RunningSilo _silo = fixture.Silo;

    private HttpClient Http => _silo.Http;

    private async Task<string> EstateWithRouteAsync()
    {
        var id = Fresh.EstateId("BY");
        (await Http.PostAsJsonAsync("/api/estates", new { estateId = id, name = "白雲保障房", district = "BY", street = "同和街", floorArea = 90_000 })).EnsureSuccessStatusCode();
        (await Http.PostAsJsonAsync($"/api/security/estates/{id}/guards", new { guardId = "G-1", name = "保安甲" })).EnsureSuccessStatusCode();
        (await Http.PostAsJsonAsync($"/api/security/estates/{id}/routes", new
        {
            routeId = "R1", name = "東區", ordered = false, roundIntervalMinutes = 60, roundWindowMinutes = 30,
            checkpoints = new[] { new { checkpointId = "CP-1", name = "大門" } },
        })).EnsureSuccessStatusCode();
        (await Http.PostAsJsonAsync($"/api/security/estates/{id}/cameras", new[] { new { cameraId = "CAM-1", location = "大門", kind = "dome" } })).EnsureSuccessStatusCode();
        return id;
    }

    private async Task<string> KeyAsync()
    {
        var created = await _silo.Admin.PostAsJsonAsync("/api/ingest/keys", new { name = "測試VMS" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
    }

    private Task<HttpResponseMessage> IngestAsync(string? key, string json)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/ingest/events") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        return Http.SendAsync(request);
    }

    private static string Event(string id, string kind, object payload) => JsonSerializer.Serialize(new
    {
        id, source = "vms-1", timestamp = DateTimeOffset.UtcNow, kind, payload,
    });

    [Fact]
    public async Task A_mixed_batch_reports_each_event_and_one_bad_event_drops_nothing()
    {
        var estateId = await EstateWithRouteAsync();
        var key = await KeyAsync();
        var checkIn = Event($"ci-{Guid.NewGuid():N}", "checkin", new { estateId, guardId = "G-1", checkpointId = "CP-1" });
        var batch = "[" + string.Join(",",
            checkIn,
            checkIn,
            Event($"ci-{Guid.NewGuid():N}", "checkin", new { estateId, guardId = "G-1", checkpointId = "CP-404" }),
            Event($"hb-{Guid.NewGuid():N}", "heartbeat", new { estateId, cameraId = "CAM-1" }),
            Event($"x-{Guid.NewGuid():N}", "teleport", new { estateId }),
            """{"id":"bad-time","source":"vms-1","timestamp":"not a time","kind":"heartbeat","payload":{}}""",
            "42",
            Event($"ck-{Guid.NewGuid():N}", "clock-in", new { estateId, guardId = "G-1" })) + "]";

        var response = await IngestAsync(key, batch);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var outcomes = body.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("outcome").GetString()).ToList();
        Assert.Equal(["accepted", "duplicate", "rejected", "accepted", "rejected", "rejected", "rejected", "accepted"], outcomes);
        Assert.Equal((3, 1, 4), (body.GetProperty("accepted").GetInt32(), body.GetProperty("duplicate").GetInt32(), body.GetProperty("rejected").GetInt32()));
        Assert.Contains("unknown checkpoint 'CP-404'", body.GetProperty("results")[2].GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Contains("kind", body.GetProperty("results")[4].GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal("bad-time", body.GetProperty("results")[5].GetProperty("id").GetString());

        var view = await Http.GetFromJsonAsync<JsonElement>($"/api/security/estates/{estateId}");
        Assert.Equal("G-1", view.GetProperty("onDuty")[0].GetProperty("guardId").GetString());
    }

    /// <summary>What the ingest acknowledges is in the device event log when the answer arrives: accepted and duplicate
    /// events once each (a retried batch adds no row), rejected ones not at all, with the integration that sent them.</summary>
    [Fact]
    public async Task Acknowledged_events_are_in_the_device_log_once_and_rejected_ones_not_at_all()
    {
        var estateId = await EstateWithRouteAsync();
        var key = await KeyAsync();
        var beat = Event($"hb-{Guid.NewGuid():N}", "heartbeat", new { estateId, cameraId = "CAM-1" });
        var unknown = Event($"hb-{Guid.NewGuid():N}", "heartbeat", new { estateId, cameraId = "CAM-404" });
        var checkIn = Event($"ci-{Guid.NewGuid():N}", "checkin", new { estateId, guardId = "G-1", checkpointId = "CP-1" });
        var control = Event("bell\u0007id", "heartbeat", new { estateId, cameraId = "CAM-1" });
        var batch = "[" + string.Join(",", beat, beat, unknown, checkIn, control) + "]";

        var first = await (await IngestAsync(key, batch)).Content.ReadFromJsonAsync<JsonElement>();
        var retried = await (await IngestAsync(key, batch)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(["accepted", "duplicate", "rejected", "accepted", "rejected"],
            first.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("outcome").GetString()));
        Assert.Contains("printable", first.GetProperty("results")[4].GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(["duplicate", "duplicate", "rejected", "duplicate", "rejected"],
            retried.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("outcome").GetString()));
        await using var db = Npgsql.NpgsqlDataSource.Create(_silo.ConnectionString);
        await using var read = db.CreateCommand("SELECT kind, subject, detail, source, integration FROM anju_device_events WHERE estate_id = $1 ORDER BY kind");
        read.Parameters.AddWithValue(estateId);
        var rows = new List<string>();
        await using (var reader = await read.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                rows.Add($"{reader.GetString(0)} {reader.GetString(1)} {(reader.IsDBNull(2) ? "-" : reader.GetString(2))} {reader.GetString(3)} {reader.GetString(4)[..3]}");
            }
        }

        Assert.Equal(["checkin G-1 CP-1 vms-1 ik-", "heartbeat CAM-1 - vms-1 ik-"], rows);
    }

    /// <summary>A guard who leaves comes off the roster: not while on duty, their shifts ahead become vacant, and a
    /// badge of theirs no longer clocks in.</summary>
    [Fact]
    public async Task A_guard_taken_off_the_roster_leaves_their_shifts_vacant_and_cannot_clock_in()
    {
        var id = await EstateWithRouteAsync();
        var desk = $"/api/security/estates/{id}";
        (await Http.PostAsJsonAsync($"{desk}/guards", new { guardId = "G-2", name = "保安乙" })).EnsureSuccessStatusCode();
        var start = DateTimeOffset.UtcNow.AddDays(1);
        (await Http.PostAsJsonAsync($"{desk}/shifts", new { shiftId = "S-next", guardId = "G-2", start, end = start.AddHours(8) })).EnsureSuccessStatusCode();
        (await Http.PostAsync($"{desk}/guards/G-1/clock-in", null)).EnsureSuccessStatusCode();

        var onDuty = await Http.DeleteAsync($"{desk}/guards/G-1");
        Assert.Equal(HttpStatusCode.Conflict, onDuty.StatusCode);
        var anonymous = await _silo.Anonymous.DeleteAsync($"{desk}/guards/G-2");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(2, (await Http.GetFromJsonAsync<JsonElement>(desk)).GetProperty("guards").GetArrayLength()); // both refusals changed nothing

        var removed = await Http.DeleteAsync($"{desk}/guards/G-2");
        removed.EnsureSuccessStatusCode();
        var view = await removed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["G-1"], view.GetProperty("guards").EnumerateArray().Select(g => g.GetProperty("guardId").GetString()));
        var shift = view.GetProperty("shifts").EnumerateArray().Single(s => s.GetProperty("shiftId").GetString() == "S-next");
        Assert.Equal(JsonValueKind.Null, shift.GetProperty("guardId").ValueKind);
        Assert.Equal(HttpStatusCode.NotFound, (await Http.DeleteAsync($"{desk}/guards/G-2")).StatusCode);

        var key = await KeyAsync();
        var badge = await IngestAsync(key, "[" + Event($"ck-{Guid.NewGuid():N}", "clock-in", new { estateId = id, guardId = "G-2" }) + "]");
        var result = (await badge.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("results")[0];
        Assert.Equal("rejected", result.GetProperty("outcome").GetString());
        Assert.Contains("G-2", result.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain((await Http.GetFromJsonAsync<JsonElement>(desk)).GetProperty("onDuty").EnumerateArray(),
            d => d.GetProperty("guardId").GetString() == "G-2");
    }

    [Fact]
    public async Task A_missing_unknown_or_revoked_key_is_refused()
    {
        var estateId = await EstateWithRouteAsync();
        var key = await KeyAsync();
        var batch = "[" + Event($"hb-{Guid.NewGuid():N}", "heartbeat", new { estateId, cameraId = "CAM-1" }) + "]";
        Assert.Equal(HttpStatusCode.OK, (await IngestAsync(key, batch)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await IngestAsync(null, batch)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await IngestAsync(key + "x", batch)).StatusCode);

        var keyId = key[..key.IndexOf('.', StringComparison.Ordinal)];
        Assert.Equal(HttpStatusCode.NoContent, (await _silo.Admin.DeleteAsync($"/api/ingest/keys/{keyId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await IngestAsync(key, batch)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _silo.Admin.DeleteAsync("/api/ingest/keys/ik-nosuchkey")).StatusCode);

        var listed = await _silo.Admin.GetFromJsonAsync<JsonElement>("/api/ingest/keys");
        var row = listed.EnumerateArray().Single(k => k.GetProperty("keyId").GetString() == keyId);
        Assert.NotEqual(JsonValueKind.Null, row.GetProperty("revokedAt").ValueKind);
        Assert.False(row.TryGetProperty("key", out _));
    }

    [Fact]
    public async Task A_replayed_check_in_is_a_duplicate_after_a_silo_restart()
    {
        // A silo of its own on the collection's database: this test stops it and starts it again.
        var clusterId = $"sec-{Guid.NewGuid():N}"[..16];
        _silo = await RunningSilo.StartAsync(fixture.Db.ConnectionString, clusterId);
        try
        {
            var estateId = await EstateWithRouteAsync();
            var key = await KeyAsync();
            var batch = "[" + Event($"ci-{Guid.NewGuid():N}", "checkin", new { estateId, guardId = "G-1", checkpointId = "CP-1" }) + "]";
            var first = await (await IngestAsync(key, batch)).Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(1, first.GetProperty("accepted").GetInt32());

            await _silo.DisposeAsync();
            _silo = await RunningSilo.StartAsync(fixture.Db.ConnectionString, clusterId);

            var replay = await (await IngestAsync(key, batch)).Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(1, replay.GetProperty("duplicate").GetInt32());
        }
        finally
        {
            await _silo.DisposeAsync();
        }
    }

    [Fact]
    public async Task Alarms_are_acknowledged_over_http_with_an_actor()
    {
        var estateId = await EstateWithRouteAsync();
        var raised = await Http.PostAsJsonAsync($"/api/security/estates/{estateId}/alarms",
            new { type = "Device", severity = "Critical", originator = "sensor/B1", detail = "煙感報警" });
        raised.EnsureSuccessStatusCode();
        var alarmId = (await raised.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("alarmId").GetString();

        var refused = await _silo.Anonymous.PostAsync($"/api/security/estates/{estateId}/alarms/{alarmId}/acknowledge", null);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);

        // A body claiming another actor is not read: the signed-in caller is the actor.
        var acknowledged = await Http.PostAsJsonAsync($"/api/security/estates/{estateId}/alarms/{alarmId}/acknowledge", new { actor = "值班員李" });
        acknowledged.EnsureSuccessStatusCode();
        var alarm = await acknowledged.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("ActiveAcknowledged", alarm.GetProperty("state").GetString());
        Assert.Contains(TestAccounts.Operator, alarm.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("值班員李", alarm.ToString(), StringComparison.Ordinal);

        var badType = await Http.PostAsJsonAsync($"/api/security/estates/{estateId}/alarms", new { type = "Meteor", severity = "Critical", originator = "x", detail = "y" });
        Assert.Equal(HttpStatusCode.BadRequest, badType.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Http.GetAsync("/api/security/estates/BY-NOPE404/alarms")).StatusCode);

        var cityWide = await Wait.EventuallyAsync(
            () => Http.GetFromJsonAsync<JsonElement>("/api/security/alarms?district=BY"),
            list => list.EnumerateArray().Any(a => a.GetProperty("alarm").GetProperty("alarmId").GetString() == alarmId && a.GetProperty("estateId").GetString() == estateId));
        Assert.Contains(cityWide.EnumerateArray(), a => a.GetProperty("estateId").GetString() == estateId);
    }
}
