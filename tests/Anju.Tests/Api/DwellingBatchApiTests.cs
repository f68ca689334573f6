using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Anju.Tests.Infrastructure;

namespace Anju.Tests.Api;

/// <summary><c>POST /api/dwellings/commands</c> on a real silo and PostgreSQL: per-command results in order, a dwelling's
/// commands in sequence, bad items rejected one by one, bad batches refused whole, nothing changed by what was refused.</summary>
[Collection(PostgresCollection.Name)]
public sealed class DwellingBatchApiTests(SiloFixture fixture)
{
    private readonly RunningSilo _silo = fixture.Silo;

    private HttpClient Http => _silo.Http;

    private async Task<string> EstateAsync(params string[] dwellings)
    {
        var id = Fresh.EstateId("PY");
        (await Http.PostAsJsonAsync("/api/estates", new { estateId = id, name = "番禺安居苑", district = "PY", street = "市橋街", floorArea = 50_000 })).EnsureSuccessStatusCode();
        (await Http.PostAsJsonAsync($"/api/estates/{id}/grids", new { gridId = "G1", name = "第一網格" })).EnsureSuccessStatusCode();
        (await Http.PostAsJsonAsync($"/api/estates/{id}/buildings", new { buildingId = "B1", name = "1棟", gridId = "G1", floors = 20 })).EnsureSuccessStatusCode();
        foreach (var d in dwellings)
        {
            (await Http.PostAsJsonAsync($"/api/estates/{id}/dwellings",
                new { dwellingId = d, floorArea = 55.0, buildingId = "B1", unit = 1, floor = 3, number = d[^2..], tenure = "PublicRental" })).EnsureSuccessStatusCode();
        }

        return id;
    }

    private async Task<JsonElement> SendAsync(object batch)
    {
        var response = await Http.PostAsJsonAsync("/api/dwellings/commands", batch);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static JsonElement[] Results(JsonElement response) => [.. response.GetProperty("results").EnumerateArray()];

    [Fact]
    public async Task Commands_apply_in_order_per_dwelling_and_each_result_gives_state_and_version()
    {
        var id = await EstateAsync("1-1-301", "1-1-302");
        var response = await SendAsync(new object[]
        {
            new { estateId = id, dwellingId = "1-1-301", command = "occupancy", body = new { action = "Allocate", actor = "clerk" } },
            new { estateId = id, dwellingId = "1-1-302", command = "inspection", body = new { inspector = "I-7", finding = "NoIssue" } },
            new { estateId = id, dwellingId = "1-1-301", command = "household", body = new { size = 3, headOfHousehold = "H-88", actor = "clerk" } },
            new { estateId = id, dwellingId = "1-1-301", command = "occupancy", body = new { action = "MoveIn", actor = "clerk" } },
        });

        var results = Results(response);
        Assert.Equal(4, response.GetProperty("applied").GetInt32());
        Assert.Equal([0, 1, 2, 3], results.Select(r => r.GetProperty("index").GetInt32()));
        Assert.All(results, r => Assert.Equal(("applied", 200), (r.GetProperty("outcome").GetString(), r.GetProperty("status").GetInt32())));
        Assert.Equal([2L, 3L, 4L], new[] { 0, 2, 3 }.Select(i => results[i].GetProperty("version").GetInt64()));
        Assert.Equal("Occupied", results[3].GetProperty("state").GetString());

        var dwelling = await Http.GetFromJsonAsync<JsonElement>($"/api/estates/{id}/dwellings/1-1-301");
        Assert.Equal(("Occupied", 4L), (dwelling.GetProperty("state").GetString(), dwelling.GetProperty("version").GetInt64()));
        Assert.Equal("H-88", dwelling.GetProperty("household").GetProperty("headOfHousehold").GetString());
    }

    [Fact]
    public async Task A_command_that_does_not_apply_skips_the_rest_of_its_dwelling_only()
    {
        var id = await EstateAsync("1-1-401", "1-1-402");
        var before = await Http.GetStringAsync($"/api/estates/{id}/dwellings/1-1-401");
        var response = await SendAsync(new object[]
        {
            new { estateId = id, dwellingId = "1-1-401", command = "occupancy", body = new { action = "MoveIn", actor = "clerk" } }, // vacant: illegal
            new { estateId = id, dwellingId = "1-1-401", command = "household", body = new { size = 2, headOfHousehold = "H-1", actor = "clerk" } },
            new { estateId = id, dwellingId = "1-1-402", command = "occupancy", body = new { action = "Allocate", actor = "clerk" } },
        });

        var results = Results(response);
        Assert.Equal(("conflict", 409), (results[0].GetProperty("outcome").GetString(), results[0].GetProperty("status").GetInt32()));
        Assert.Equal(("skipped", 424), (results[1].GetProperty("outcome").GetString(), results[1].GetProperty("status").GetInt32()));
        Assert.Equal("applied", results[2].GetProperty("outcome").GetString());
        Assert.Equal((1, 1, 1), (response.GetProperty("applied").GetInt32(), response.GetProperty("conflicts").GetInt32(), response.GetProperty("skipped").GetInt32()));
        Assert.Equal(before, await Http.GetStringAsync($"/api/estates/{id}/dwellings/1-1-401"));
    }

    /// <summary>A retry after a lost answer: the same command id, in a batch or in the <c>Idempotency-Key</c> header,
    /// applies once, even for a step the dwelling could not take twice; one id on two different commands is a conflict.</summary>
    [Fact]
    public async Task A_command_resent_with_its_id_applies_once_in_a_batch_and_on_its_endpoint()
    {
        var id = await EstateAsync("1-1-601");
        var path = $"/api/estates/{id}/dwellings/1-1-601";
        object[] batch =
        [
            new { estateId = id, dwellingId = "1-1-601", command = "rent-payment", body = new { paidOn = "2026-01-05", amount = 100 }, commandId = "pay-1" },
            new { estateId = id, dwellingId = "1-1-601", command = "occupancy", body = new { action = "Allocate", actor = "clerk" }, commandId = "alloc-1" },
        ];

        var first = Results(await SendAsync(batch));
        var again = Results(await SendAsync(batch));

        Assert.Equal([2L, 3L], first.Select(r => r.GetProperty("version").GetInt64()));
        Assert.All(again, r => Assert.Equal(("applied", 3L), (r.GetProperty("outcome").GetString(), r.GetProperty("version").GetInt64())));
        var dwelling = await Http.GetFromJsonAsync<JsonElement>(path);
        Assert.Equal((3L, 100m), (dwelling.GetProperty("version").GetInt64(), dwelling.GetProperty("rent").GetProperty("credit").GetDecimal()));
        Assert.Single(dwelling.GetProperty("history").EnumerateArray());

        for (var attempt = 0; attempt < 2; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"{path}/inspections") { Content = JsonContent.Create(new { inspector = "I-1", finding = "NoIssue" }) };
            request.Headers.Add("Idempotency-Key", "insp-1");
            var response = await Http.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(4L, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt64());
        }

        var reused = Results(await SendAsync(new object[]
        {
            new { estateId = id, dwellingId = "1-1-601", command = "inspection", body = new { inspector = "I-2", finding = "NoIssue" }, commandId = "pay-1" },
        }));
        Assert.Equal(("conflict", 409), (reused[0].GetProperty("outcome").GetString(), reused[0].GetProperty("status").GetInt32()));

        dwelling = await Http.GetFromJsonAsync<JsonElement>(path);
        Assert.Equal((4L, 1), (dwelling.GetProperty("version").GetInt64(), dwelling.GetProperty("inspections").GetArrayLength()));
    }

    [Fact]
    public async Task A_bad_command_id_is_refused_naming_it_and_changes_nothing()
    {
        var id = await EstateAsync("1-1-701");
        var path = $"/api/estates/{id}/dwellings/1-1-701";
        var before = await Http.GetStringAsync(path);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{path}/inspections") { Content = JsonContent.Create(new { inspector = "I-1", finding = "NoIssue" }) };
        request.Headers.Add("Idempotency-Key", new string('k', 65));

        var response = await Http.SendAsync(request);
        var results = Results(await SendAsync(new object[]
        {
            new { estateId = id, dwellingId = "1-1-701", command = "inspection", body = new { inspector = "I-1", finding = "NoIssue" }, commandId = " padded" },
        }));

        await ProblemAssert.NamesFieldAsync(response, "Idempotency-Key");
        Assert.Equal(("invalid", "commandId"), (results[0].GetProperty("outcome").GetString(), results[0].GetProperty("field").GetString()));
        Assert.Equal(before, await Http.GetStringAsync(path));
    }

    [Fact]
    public async Task Bad_items_are_invalid_one_by_one_naming_the_field_and_change_nothing()
    {
        var id = await EstateAsync("1-1-501");
        var before = await Http.GetStringAsync($"/api/estates/{id}/dwellings/1-1-501");
        var response = await SendAsync(new object[]
        {
            new { estateId = id, dwellingId = "1-1-501", command = "occupancy", body = new { action = "Demolish", actor = "clerk" } },
            new { estateId = id, dwellingId = "1-1-501", command = "teleport", body = new { } },
            new { estateId = "bad id!", dwellingId = "1-1-501", command = "occupancy", body = new { action = "Allocate" } },
            new { estateId = id, dwellingId = "1-1-501", command = "rent-payment", body = new { amount = 100 } },
            new { estateId = id, dwellingId = "9-9-999", command = "occupancy", body = new { action = "Allocate", actor = "clerk" } },
            "not an object",
        });

        var results = Results(response);
        Assert.Equal(["invalid", "invalid", "invalid", "skipped", "not-found", "invalid"], results.Select(r => r.GetProperty("outcome").GetString()));
        Assert.Equal(["action", "command", "estateId"], results[..3].Select(r => r.GetProperty("field").GetString()));
        Assert.Equal("item", results[5].GetProperty("field").GetString());
        Assert.Equal(before, await Http.GetStringAsync($"/api/estates/{id}/dwellings/1-1-501"));
    }

    [Fact]
    public async Task A_body_that_is_not_an_array_or_too_long_is_400_naming_body()
    {
        foreach (var body in new[] { """{"estateId":"x"}""", "not json", "[" + string.Join(",", Enumerable.Repeat("{}", 5001)) + "]" })
        {
            var response = await Http.PostAsync("/api/dwellings/commands", new StringContent(body, Encoding.UTF8, "application/json"));
            await ProblemAssert.NamesFieldAsync(response, "body");
        }
    }
}
