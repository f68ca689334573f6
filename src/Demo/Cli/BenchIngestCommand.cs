using System.CommandLine;
using Anju.Demo.Benchmark.Ingest;
using Anju.Demo.Benchmark.Security;

namespace Anju.Demo.Cli;

/// <summary><c>bench-ingest</c>: acknowledged device events per second and answer times at 1, 8 and 64 integrations.</summary>
public static class BenchIngestCommand
{
    public static Command Create()
    {
        var api = DemoCli.ApiOption();
        var estates = new Option<int>("--estates") { Description = "Estates the heartbeats are spread over (TH-SB0001…, registered if missing).", DefaultValueFactory = _ => 200 };
        var perEstate = new Option<int>("--cameras-per-estate") { Description = "Cameras per estate.", DefaultValueFactory = _ => 100 };
        var batch = new Option<int>("--batch") { Description = "Events per POST.", DefaultValueFactory = _ => 500 };
        var integrations = new Option<int[]>("--integrations") { Description = "Counts of concurrent integrations, measured in turn.", DefaultValueFactory = _ => [1, 8, 64], AllowMultipleArgumentsPerToken = true };
        var seconds = new Option<int>("--seconds") { Description = "Measured seconds per count.", DefaultValueFactory = _ => 20 };
        var warmup = new Option<int>("--warmup") { Description = "Unmeasured seconds before each count.", DefaultValueFactory = _ => 5 };
        var pid = new Option<int?>("--silo-pid") { Description = "Process id of the silo, to measure its CPU share (/proc)." };
        var command = new Command("bench-ingest", "Closed loops of heartbeat batches through POST /api/ingest/events at 1, 8 and 64 integrations: acknowledged events/s, answer p50/p99, silo CPU.")
        {
            api, estates, perEstate, batch, integrations, seconds, warmup, pid,
        };
        var signIn = new SignInOptions();
        signIn.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var o = new IngestBenchOptions(parse.GetValue(estates), parse.GetValue(perEstate), parse.GetValue(batch), parse.GetValue(integrations) ?? [],
                TimeSpan.FromSeconds(parse.GetValue(seconds)), TimeSpan.FromSeconds(parse.GetValue(warmup)), parse.GetValue(pid));
            if (o.Estates < 1 || o.CamerasPerEstate < 1 || o.BatchSize is < 1 or > 5000 || o.Integrations.Count == 0 || o.Integrations.Any(n => n < 1) || o.Duration <= TimeSpan.Zero || o.Warmup < TimeSpan.Zero)
            {
                Console.Error.WriteLine("--estates, --cameras-per-estate, --integrations and --seconds must be positive, --batch 1–5000, --warmup not negative.");
                return ExitCodes.Failed;
            }

            var root = new Uri(parse.GetRequiredValue(api), "/");
            return await signIn.RunAsync(parse, root, async accounts =>
            {
                using var data = Client(root, accounts.Data.Authorize(new SocketsHttpHandler { MaxConnectionsPerServer = 64 }));
                using var admin = Client(root, accounts.Admin.Authorize(new SocketsHttpHandler()));
                using var devices = Client(root, new SocketsHttpHandler { MaxConnectionsPerServer = 128 });
                var setup = new SecurityBenchOptions(o.Estates * o.CamerasPerEstate, o.Estates, o.CamerasPerEstate, TimeSpan.FromMinutes(1), TimeSpan.FromSeconds(30),
                    TimeSpan.FromMinutes(5), TimeSpan.FromSeconds(60), 1, 0, TimeSpan.FromSeconds(5), 1, null);
                Console.WriteLine($"registering {o.Estates} estates and their cameras (once)…");
                await new SecuritySetup(data, admin, setup).RunAsync(ct);
                return await new IngestBench(devices, admin, o, Console.Out).RunAsync(ct);
            });
        });
        return command;
    }

    private static HttpClient Client(Uri root, HttpMessageHandler handler) => new(handler) { BaseAddress = root, Timeout = TimeSpan.FromSeconds(60) };
}
