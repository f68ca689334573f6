using System.CommandLine;
using Anju.Demo.Api;
using Anju.Demo.Benchmark;

namespace Anju.Demo.Cli;

/// <summary><c>bench-live</c>: event-to-screen latency, messages per screen and host CPU under load (issue 4's benchmark).</summary>
public static class BenchLiveCommand
{
    public static Command Create()
    {
        var clients = DemoCli.Positive(new Option<int>("--clients") { Description = "SignalR screens, each on one district (spread over the eleven).", DefaultValueFactory = _ => 200 });
        var rate = new Option<double>("--rate") { Description = "Events per second through the API.", DefaultValueFactory = _ => 2000 };
        rate.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<double>() is not (> 0 and <= 1_000_000))
            {
                r.AddError("--rate must be above 0 and at most 1000000.");
            }
        });
        var duration = DemoCli.Positive(new Option<int>("--duration") { Description = "Seconds measured (after the warm-up).", DefaultValueFactory = _ => 60 });
        var warmup = new Option<int>("--warmup") { Description = "Seconds of load before measuring (grains activate, rollups settle).", DefaultValueFactory = _ => 30 };
        warmup.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 0)
            {
                r.AddError("--warmup must be 0 or more.");
            }
        });
        var inFlight = DemoCli.Positive(new Option<int>("--max-in-flight") { Description = "Events in flight at once.", DefaultValueFactory = _ => 1024 });
        var batchMs = DemoCli.BatchMsOption(20);
        var dashboard = new Option<Uri>("--dashboard")
        {
            Description = "Base URL of the dashboard host (its hub is /hubs/live).",
            DefaultValueFactory = _ => new Uri("http://127.0.0.1:5000"),
            CustomParser = r => Uri.TryCreate(r.Tokens.Single().Value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
                ? uri
                : Fail(r, "--dashboard must be an absolute http(s) URL."),
        };
        var dashboardPid = new Option<int?>("--dashboard-pid") { Description = "Process id of the dashboard host (default: whoever listens on the --dashboard port)." };
        var siloPid = new Option<int?>("--silo-pid") { Description = "Process id of the silo (default: whoever listens on the --api port)." };
        var prewarm = new Option<bool>("--prewarm")
        {
            Description = "Read every dwelling once before the warm-up, so the load meets a silo that has been running (default true; --prewarm false measures a cold silo).",
            DefaultValueFactory = _ => true,
        };
        var protocol = new Option<BenchLiveProtocol>("--protocol")
        {
            Description = "Hub protocol of the screens: MessagePack (default; what a .NET screen would use) or Json (what the browser screens use).",
            DefaultValueFactory = _ => BenchLiveProtocol.MessagePack,
        };
        var estates = DemoCli.EstatesOption();
        var dwellings = DemoCli.DwellingsOption();
        var seed = DemoCli.SeedOption();
        var asOf = DemoCli.AsOfOption();
        var api = DemoCli.ApiOption();

        var command = new Command("bench-live", "Drive events through the API while N SignalR screens watch districts; report event-to-screen latency "
            + "(target p99 < 250 ms), messages per screen per second and dashboard/silo CPU. Seeds the city first when the database is empty.")
        {
            clients, rate, duration, warmup, inFlight, batchMs, prewarm, protocol, api, dashboard, dashboardPid, siloPid, estates, dwellings, seed, asOf,
        };
        var signIn = new SignInOptions();
        signIn.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            if (DemoCli.CityOf(parse.GetValue(estates), parse.GetValue(dwellings), parse.GetValue(seed), parse.GetValue(asOf)) is not { } city)
            {
                return ExitCodes.Failed;
            }

            var options = new BenchLiveOptions(
                parse.GetRequiredValue(api), parse.GetRequiredValue(dashboard), parse.GetValue(clients), parse.GetValue(rate),
                TimeSpan.FromSeconds(parse.GetValue(duration)), TimeSpan.FromSeconds(parse.GetValue(warmup)), parse.GetValue(seed),
                parse.GetValue(inFlight), parse.GetValue(dashboardPid), parse.GetValue(siloPid), city, parse.GetValue(prewarm),
                parse.GetValue(protocol));
            return await signIn.RunAsync(parse, options.Api, async accounts =>
            {
                using var client = new AnjuApi(options.Api, Math.Min(options.MaxInFlight, 256), accounts.Data);
                return await DemoCli.WithBatchingAsync(client, parse.GetValue(batchMs), () => new BenchLive(client, options, accounts.Screens).RunAsync(ct));
            });
        });
        return command;
    }

    private static Uri Fail(System.CommandLine.Parsing.ArgumentResult result, string message)
    {
        result.AddError(message);
        return null!;
    }
}
