using System.CommandLine;
using Anju.Demo.Benchmark.Faults;

namespace Anju.Demo.Cli;

/// <summary><c>bench-faults</c>: a storm of lift trapped-passenger events through the device ingest, timed to the
/// company's queue and the wall's ticker on the live hub, and counted.</summary>
public static class BenchFaultsCommand
{
    public static Command Create()
    {
        var api = DemoCli.ApiOption();
        var dashboard = new Option<Uri>("--dashboard")
        {
            Description = "Base URL of the dashboard host (its hub is /hubs/live).",
            DefaultValueFactory = _ => new Uri("http://127.0.0.1:5000"),
            CustomParser = r => Uri.TryCreate(r.Tokens.Single().Value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri : Fail(r),
        };
        var estates = DemoCli.Positive(new Option<int>("--estates") { Description = "Estates with facilities (TH-FB001 …).", DefaultValueFactory = _ => 100 });
        var faults = DemoCli.Positive(new Option<int>("--faults") { Description = "Trapped-passenger events, each on a lift of its own.", DefaultValueFactory = _ => 500 });
        var over = DemoCli.Positive(new Option<int>("--over") { Description = "Seconds the storm is spread over.", DefaultValueFactory = _ => 10 });
        var settle = DemoCli.Positive(new Option<int>("--settle") { Description = "Seconds to wait for every order and alarm to show.", DefaultValueFactory = _ => 120 });
        var pid = new Option<int?>("--silo-pid") { Description = "Process id of the silo (for the record only)." };
        var command = new Command("bench-faults", "100 estates with lifts, 500 trapped-passenger events in 10 s through the ingest: device event → work order in the company's queue and → the wall's alarm ticker, p50/p99, and orders counted = faults sent.")
        {
            api, dashboard, estates, faults, over, settle, pid,
        };
        var signIn = new SignInOptions();
        signIn.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var options = new FaultBenchOptions(parse.GetRequiredValue(api), parse.GetRequiredValue(dashboard), parse.GetValue(estates), parse.GetValue(faults),
                TimeSpan.FromSeconds(parse.GetValue(over)), TimeSpan.FromSeconds(parse.GetValue(settle)), parse.GetValue(pid));
            var root = new Uri(options.Api, "/");
            return await signIn.RunAsync(parse, root, async accounts =>
            {
                using var data = Client(root, accounts.Data.Authorize(new SocketsHttpHandler { MaxConnectionsPerServer = 16 }));
                using var admin = Client(root, accounts.Admin.Authorize(new SocketsHttpHandler()));
                using var devices = Client(root, new SocketsHttpHandler { MaxConnectionsPerServer = 16 });
                return await new FaultBench(data, admin, devices, accounts.Screens, options).RunAsync(ct);
            });
        });
        return command;
    }

    private static Uri Fail(System.CommandLine.Parsing.ArgumentResult result)
    {
        result.AddError("--dashboard must be an absolute http(s) URL.");
        return null!;
    }

    private static HttpClient Client(Uri root, HttpMessageHandler handler) => new(handler) { BaseAddress = root, Timeout = TimeSpan.FromSeconds(60) };
}
