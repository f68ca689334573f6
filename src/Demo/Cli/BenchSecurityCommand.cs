using System.CommandLine;
using Anju.Demo.Benchmark.Security;

namespace Anju.Demo.Cli;

/// <summary><c>bench-security</c>: sustained camera heartbeats and patrol check-ins through the ingest endpoint.</summary>
public static class BenchSecurityCommand
{
    public static Command Create()
    {
        var api = DemoCli.ApiOption();
        var seed = DemoCli.SeedOption();
        var cameras = new Option<int>("--cameras") { Description = "Cameras in all.", DefaultValueFactory = _ => 20_000 };
        var guards = new Option<int>("--guards") { Description = "Guards in all.", DefaultValueFactory = _ => 2_000 };
        var perEstate = new Option<int>("--cameras-per-estate") { Description = "Cameras per estate (sets the number of estates).", DefaultValueFactory = _ => 100 };
        var duration = new Option<TimeSpan>("--duration") { Description = "How long the load runs (hh:mm:ss).", DefaultValueFactory = _ => TimeSpan.FromMinutes(10) };
        var integrations = new Option<int>("--integrations") { Description = "Integrations (VMS / handset gateways) sending a batch each second.", DefaultValueFactory = _ => 4 };
        var silence = new Option<int>("--silence") { Description = "Cameras silenced per wave (every 5 s).", DefaultValueFactory = _ => 5 };
        var timeout = new Option<TimeSpan>("--camera-timeout") { Description = "The silo's Security:CameraTimeout (for the report).", DefaultValueFactory = _ => TimeSpan.FromSeconds(60) };
        var pid = new Option<int?>("--silo-pid") { Description = "Process id of the silo, to measure its CPU share (/proc)." };
        var command = new Command("bench-security", "20,000 cameras heartbeating every 30 s + 2,000 guards checking in every 5 min against one silo: offline detection latency p50/p99, silo CPU share, send lag (backlog).")
        {
            api, seed, cameras, guards, perEstate, duration, integrations, silence, timeout, pid,
        };
        var signIn = new SignInOptions();
        signIn.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var options = new SecurityBenchOptions(
                parse.GetValue(cameras), parse.GetValue(guards), parse.GetValue(perEstate), parse.GetValue(duration),
                TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(5), parse.GetValue(timeout), parse.GetValue(integrations),
                parse.GetValue(silence), TimeSpan.FromSeconds(5), parse.GetValue(seed), parse.GetValue(pid));
            if (options.Cameras < 1 || options.Guards < 1 || options.CamerasPerEstate < 1 || options.Integrations < 1 || options.Duration < TimeSpan.FromMinutes(1))
            {
                Console.Error.WriteLine("--cameras, --guards, --cameras-per-estate and --integrations must be positive; --duration at least 00:01:00.");
                return ExitCodes.Failed;
            }

            var root = new Uri(parse.GetRequiredValue(api), "/");
            return await signIn.RunAsync(parse, root, async accounts =>
            {
                using var data = Client(root, accounts.Data.Authorize(new SocketsHttpHandler { MaxConnectionsPerServer = 64 }));
                using var admin = Client(root, accounts.Admin.Authorize(new SocketsHttpHandler()));
                using var devices = Client(root, new SocketsHttpHandler { MaxConnectionsPerServer = 64 });
                return await new SecurityBench(data, admin, devices, options).RunAsync(ct);
            });
        });
        return command;
    }

    private static HttpClient Client(Uri root, HttpMessageHandler handler) => new(handler) { BaseAddress = root, Timeout = TimeSpan.FromSeconds(60) };
}
