using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Anju.Dashboard.Tests.Infrastructure;

namespace Anju.Dashboard.Tests.Observability;

/// <summary>The dashboard host's metrics, for administrators only, and its request log (docs/observability.md).</summary>
[Collection(LiveCollection.Name)]
public sealed partial class DashboardMetricsTests(LiveStack stack)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task The_metrics_are_refused_to_anonymous_callers_and_to_non_administrators()
    {
        using var anonymous = new HttpClient { BaseAddress = stack.Dashboard.BaseAddress };
        using var operatorClient = await ClientAsync(TestAccounts.Operator);

        using var unsigned = await anonymous.GetAsync("/admin/metrics");
        using var forbidden = await operatorClient.GetAsync("/admin/metrics");

        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }

    [Fact]
    public async Task The_metrics_count_the_updates_sent_by_scope_kind_and_the_screens_connected()
    {
        var id = await stack.Api.RegisterAsync("荔灣度量苑", "LW", 1);
        await using var screen = await LiveScreen.ConnectAsync(stack.Dashboard);
        await screen.SubscribeAsync($"estate/{id}");
        using var admin = await ClientAsync(TestAccounts.Admin);
        var before = Value(await ScrapeAsync(admin), "anju_live_updates_sent_total", "scope_kind=\"estate\"");

        await stack.Api.ChangeAsync(id, EstateApi.Dwelling(1), "Allocate");
        await screen.WaitForAsync(LiveScreen.Updates, u => EstateApi.InState(u.Body.GetProperty("payload"), "Allocated") == 1);

        var text = "";
        await Wait.UntilAsync(async () => Value(text = await ScrapeAsync(admin), "anju_live_updates_sent_total", "scope_kind=\"estate\"") > before,
            Timeout, () => $"the estate update counted; scraped:\n{text}");
        // The screens gauge is an up-down counter of the process: a host's provider counts the screens opened and closed
        // since it started, and in a test process other hosts' screens (opened before this one's provider) close while it
        // runs, so its value is not asserted here; that it is exported is.
        Assert.Contains("anju_live_screens{", text, StringComparison.Ordinal);
        // ASP.NET Core's meters are per host, and in this process the silo's came first (of two same-named instruments
        // OpenTelemetry keeps the first): SiloMetricsTests finds them on the silo, which runs alone in its process.
        Assert.Contains("dotnet_gc_collections_total", text, StringComparison.Ordinal); // the runtime's
    }

    [Fact]
    public async Task A_request_log_line_in_the_json_file_carries_the_requests_trace_id()
    {
        var folder = Directory.CreateTempSubdirectory("anju-logs-");
        try
        {
            var dashboard = await stack.StartDashboardAsync(overrides: new Dictionary<string, string?>
            {
                ["Logging:File:Path"] = Path.Combine(folder.FullName, "dashboard-.json"),
                ["Serilog:MinimumLevel:Override:Serilog.AspNetCore.RequestLoggingMiddleware"] = "Information",
            });
            var trace = ActivityTraceId.CreateRandom();
            await using (dashboard)
            {
                using var http = new HttpClient { BaseAddress = dashboard.BaseAddress };
                using var request = new HttpRequestMessage(HttpMethod.Get, "/signin/options");
                request.Headers.Add("traceparent", $"00-{trace}-{ActivitySpanId.CreateRandom()}-01");
                (await http.SendAsync(request)).EnsureSuccessStatusCode();
            }

            var lines = Directory.GetFiles(folder.FullName, "dashboard-*.json").SelectMany(File.ReadAllLines).ToList();
            Assert.Contains(lines, l => l.Contains($"\"@tr\":\"{trace}\"", StringComparison.Ordinal)
                && l.Contains("\"RequestPath\":\"/signin/options\"", StringComparison.Ordinal) && l.Contains("\"StatusCode\":200", StringComparison.Ordinal));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private async Task<HttpClient> ClientAsync(string userName)
    {
        var http = new HttpClient { BaseAddress = stack.Dashboard.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TestAccounts.TokenAsync(stack.Silo.BaseAddress, userName));
        return http;
    }

    private static async Task<string> ScrapeAsync(HttpClient admin)
    {
        using var answer = await admin.GetAsync("/admin/metrics");
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        return await answer.Content.ReadAsStringAsync();
    }

    /// <summary>The sum of a metric's samples whose labels contain <paramref name="label"/> (0 when there are none).</summary>
    public static double Value(string scraped, string metric, string label) =>
        Sample().Matches(scraped)
            .Where(m => m.Groups["name"].Value == metric && m.Groups["labels"].Value.Contains(label, StringComparison.Ordinal))
            .Sum(m => double.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture));

    [GeneratedRegex(@"^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?<labels>[^}]*)\})? (?<value>[^ \n]+)", RegexOptions.Multiline)]
    private static partial Regex Sample();
}
