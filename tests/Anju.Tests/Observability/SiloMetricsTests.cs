using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Anju.Tests.Infrastructure;

namespace Anju.Tests.Observability;

/// <summary>The silo's metrics in Prometheus format on <c>/admin/metrics</c>: Anju's counters with real values after events
/// and commands, for administrators only (docs/observability.md).</summary>
[Collection(PostgresCollection.Name)]
public sealed partial class SiloMetricsTests(SiloFixture fixture)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);
    private readonly RunningSilo _silo = fixture.Silo;

    [Fact]
    public async Task The_metrics_are_refused_to_anonymous_callers_and_to_non_administrators()
    {
        using var unsigned = await _silo.Anonymous.GetAsync("/admin/metrics");
        using var forbidden = await _silo.Http.GetAsync("/admin/metrics");

        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }

    [Fact]
    public async Task After_events_and_commands_the_metrics_show_them_ingested_acknowledged_and_the_citys_figures()
    {
        var before = await ScrapeAsync();
        var accepted = Value(before, "anju_ingest_events_total", "outcome=\"accepted\"", "source=\"device\"");
        var acknowledged = Value(before, "anju_command_acknowledgement_seconds_count", "http_route=\"/api/estates/\"", "outcome=\"acknowledged\"");

        var estateId = Fresh.EstateId("BY");
        (await _silo.Http.PostAsJsonAsync("/api/estates", new { estateId, name = "白雲度量苑", district = "BY", street = "同和街", floorArea = 90_000 })).EnsureSuccessStatusCode();
        (await _silo.Http.PostAsJsonAsync($"/api/security/estates/{estateId}/cameras", new[] { new { cameraId = "CAM-1", location = "大門", kind = "dome" } }))
            .EnsureSuccessStatusCode();
        var key = await KeyAsync();
        var batch = "[" + string.Join(",", Enumerable.Range(0, 3).Select(_ => Heartbeat(estateId))) + "]";
        using var ingest = new HttpRequestMessage(HttpMethod.Post, "/api/ingest/events") { Content = new StringContent(batch, Encoding.UTF8, "application/json") };
        ingest.Headers.Add("X-Api-Key", key);
        (await _silo.Http.SendAsync(ingest)).EnsureSuccessStatusCode();

        var text = "";
        await Wait.UntilAsync(async () =>
            {
                text = await ScrapeAsync();
                return Value(text, "anju_ingest_events_total", "outcome=\"accepted\"", "source=\"device\"") >= accepted + 3
                    && Value(text, "anju_command_acknowledgement_seconds_count", "http_route=\"/api/estates/\"", "outcome=\"acknowledged\"") >= acknowledged + 1
                    && Has(text, "anju_incidents_open", "severity=\"critical\"");
            }, Timeout, () => $"the events, the command and the city's figures in the metrics; scraped:\n{text}");

        Assert.Contains("dotnet_gc_collections_total", text, StringComparison.Ordinal); // the runtime's
        // ASP.NET Core's and Orleans' meters are per host: of the hosts that tests start in this process, only the first
        // one's reach a scrape (OpenTelemetry keeps the first of two same-named instruments), so they are not asserted
        // here. Orleans' were missing from this silo's scrape in the whole suite's run, present when it ran alone.
        Assert.Contains("db_client_", text, StringComparison.Ordinal); // Npgsql's
    }

    private async Task<string> ScrapeAsync()
    {
        using var answer = await _silo.Admin.GetAsync("/admin/metrics");
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        return await answer.Content.ReadAsStringAsync();
    }

    private async Task<string> KeyAsync()
    {
        var created = await _silo.Admin.PostAsJsonAsync("/api/ingest/keys", new { name = "度量VMS" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
    }

    private static string Heartbeat(string estateId) => JsonSerializer.Serialize(new
    {
        id = $"hb-{Guid.NewGuid():N}", source = "vms-1", timestamp = DateTimeOffset.UtcNow, kind = "heartbeat", payload = new { estateId, cameraId = "CAM-1" },
    });

    private static bool Has(string scraped, string metric, string label) =>
        Samples(scraped, metric, [label]).Any();

    /// <summary>The sum of a metric's samples whose labels contain every one of <paramref name="labels"/> (0 when none do).</summary>
    private static double Value(string scraped, string metric, params string[] labels) =>
        Samples(scraped, metric, labels).Sum();

    private static IEnumerable<double> Samples(string scraped, string metric, string[] labels) =>
        Sample().Matches(scraped)
            .Where(m => m.Groups["name"].Value == metric && labels.All(l => m.Groups["labels"].Value.Contains(l, StringComparison.Ordinal)))
            .Select(m => double.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture));

    [GeneratedRegex(@"^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?<labels>[^}]*)\})? (?<value>[^ \n]+)", RegexOptions.Multiline)]
    private static partial Regex Sample();
}
