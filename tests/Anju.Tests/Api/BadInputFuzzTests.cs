using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Anju.Access;
using Anju.Tests.Infrastructure;
using CsCheck;
using Xunit.Abstractions;

namespace Anju.Tests.Api;

/// <summary>
/// Bad input over every endpoint the OpenAPI document lists, on a real silo and PostgreSQL: malformed JSON, wrong types,
/// <c>null</c> inside arrays, huge and deeply nested bodies, invalid UTF-8 in JSON strings and form fields, NUL
/// characters, wrong content types, unknown ids, overflowing numbers and dates. Every answer is below 500 (a command is
/// a 4xx: each request generated here is bad in at least one way), and the stored state is what it was.
/// Bounded for CI (<see cref="DefaultSeconds"/> with a fixed seed); <c>ANJU_FUZZ_SECONDS</c> runs it longer and
/// <c>ANJU_FUZZ_SEED</c> picks another seed.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class BadInputFuzzTests(SiloFixture fixture, ITestOutputHelper output)
{
    private const int DefaultSeconds = 45;
    private const ulong DefaultSeed = 22;
    private const int Workers = 4;

    private readonly RunningSilo _silo = fixture.Silo;

    [Fact]
    public async Task Bad_input_to_every_endpoint_answers_4xx_and_stores_nothing()
    {
        var seconds = int.TryParse(Environment.GetEnvironmentVariable("ANJU_FUZZ_SECONDS"), out var s) && s > 0 ? s : DefaultSeconds;
        var seed = ulong.TryParse(Environment.GetEnvironmentVariable("ANJU_FUZZ_SEED"), out var given) ? given : DefaultSeed;
        var city = await FacilityCity.CreateAsync(_silo.Http);
        var key = (await (await _silo.Admin.PostAsJsonAsync("/api/ingest/keys", new { name = "fuzz" })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
        using var client = await _silo.ClientAsync("fuzz-every-role", [.. Enum.GetValues<Role>().Select(r => new Grant(r, ScopeKind.City, ""))]);
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        client.Timeout = TimeSpan.FromSeconds(30);
        using var retry = await _silo.ClientAsync("fuzz-retry", [.. Enum.GetValues<Role>().Select(r => new Grant(r, ScopeKind.City, ""))]);
        retry.DefaultRequestHeaders.Add("X-Api-Key", key);
        retry.Timeout = TimeSpan.FromSeconds(30);

        var document = await _silo.Anonymous.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var operations = FuzzOperations.From(document);
        output.WriteLine($"{operations.Count} operations in the OpenAPI document");
        Assert.True(operations.Count > 50, "the OpenAPI document lists the API");
        var ids = new FuzzIds(city.Estate, city.Contract, key);
        var gen = FuzzRequests.For(operations, ids);

        await Task.Delay(TimeSpan.FromSeconds(2)); // rollups of the estate just made settle before the fingerprint
        var before = await FuzzFingerprint.TakeAsync(_silo.ConnectionString, city.Estate);

        var failures = new ConcurrentDictionary<string, string>();
        var statuses = new ConcurrentDictionary<int, int>();
        var sent = 0L;
        var clock = Stopwatch.StartNew();
        var deadline = TimeSpan.FromSeconds(seconds);
        await Task.WhenAll(Enumerable.Range(0, Workers).Select(worker => Task.Run(async () =>
        {
            var pcg = new PCG((uint)worker + 1, seed);
            while (clock.Elapsed < deadline && failures.Count < 100)
            {
                var request = gen.Generate(pcg, null!, out _);
                var status = await SendAsync(client, retry, request);
                if (status is null)
                {
                    failures.TryAdd($"connection {request.Operation} {request.Kind}", request.ToString());
                    continue;
                }

                Interlocked.Increment(ref sent);
                statuses.AddOrUpdate(status.Value, 1, (_, n) => n + 1);
                if (status >= 500 || (request.MustFail && status < 400))
                {
                    failures.TryAdd($"{status} {request.Operation} {request.Kind}", request.ToString());
                }
            }
        })));

        output.WriteLine($"{sent} requests in {clock.Elapsed.TotalSeconds:0.0} s (seed {seed}); statuses: "
            + string.Join(", ", statuses.OrderBy(p => p.Key).Select(p => $"{p.Key}×{p.Value}")));
        Assert.True(failures.IsEmpty, $"{failures.Count} kinds of bad answer:\n" + string.Join("\n", failures.OrderBy(f => f.Key).Select(f => $"{f.Key}: {f.Value}")));
        Assert.True(sent > 200, "the fuzz test sent requests");

        await Task.Delay(TimeSpan.FromSeconds(1)); // anything a request set going is written by now
        var after = await FuzzFingerprint.TakeAsync(_silo.ConnectionString, city.Estate);
        Assert.Equal(before, after);
    }

    /// <summary>The status of the answer; null when the connection failed. A server may answer a request before reading
    /// its body (a 404 or 413 found from the route or headers) and close the connection while a large body is still being
    /// sent: that is no failure. Any other request is sent again once on a fresh connection before it counts: through a
    /// second client whose every request closes its connection, because a pooled connection the server has just closed
    /// after answering (a body it did not read to the end) can be picked again before the client sees it closed.</summary>
    private static async Task<int?> SendAsync(HttpClient client, HttpClient retry, FuzzRequest request)
    {
        for (var attempt = 0; ; attempt++)
        {
            using var message = request.ToMessage();
            message.Headers.ConnectionClose = attempt > 0;
            try
            {
                using var response = await (attempt == 0 ? client : retry).SendAsync(message);
                return (int)response.StatusCode;
            }
            catch (HttpRequestException) when (request.Body is { Length: > 64 * 1024 })
            {
                return 400;
            }
            catch (HttpRequestException) when (attempt == 0)
            {
                await Task.Delay(50);
            }
            catch (HttpRequestException)
            {
                return null;
            }
        }
    }
}
