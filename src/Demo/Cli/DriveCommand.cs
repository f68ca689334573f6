using System.CommandLine;
using Anju.Demo.Api;
using Anju.Demo.Driving;

namespace Anju.Demo.Cli;

/// <summary><c>drive</c>: a paced, seeded stream of live events until Ctrl-C, SIGTERM or the duration.</summary>
public static class DriveCommand
{
    public static Command Create()
    {
        var rate = new Option<double>("--rate") { Description = "Events per second.", DefaultValueFactory = _ => 5 };
        rate.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<double>() is not (> 0 and <= 1_000_000))
            {
                r.AddError("--rate must be above 0 and at most 1000000.");
            }
        });
        var duration = new Option<int?>("--duration") { Description = "Seconds to run (default: until Ctrl-C)." };
        duration.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int?>() is < 1)
            {
                r.AddError("--duration must be at least 1 second.");
            }
        });
        var inFlight = DemoCli.Positive(new Option<int>("--max-in-flight") { Description = "Requests in flight at once.", DefaultValueFactory = _ => 64 });
        var batchMs = DemoCli.BatchMsOption(0);
        var seed = DemoCli.SeedOption();
        var api = DemoCli.ApiOption();

        var command = new Command("drive", "Send a gentle stream of legal occupancy changes and residency records (also usable as benchmark load).")
        {
            rate, duration, seed, api, inFlight, batchMs,
        };
        var signIn = new SignInOptions();
        signIn.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var seconds = parse.GetValue(duration);
            var options = new DriveOptions(
                parse.GetValue(rate), seconds is { } s ? TimeSpan.FromSeconds(s) : null, parse.GetValue(seed), parse.GetValue(inFlight));
            return await signIn.RunAsync(parse, parse.GetRequiredValue(api), async accounts =>
            {
                using var client = new AnjuApi(parse.GetRequiredValue(api), options.MaxInFlight, accounts.Data);
                return await DemoCli.WithBatchingAsync(client, parse.GetValue(batchMs), () => new Driver(client, options, accounts.Admin, accounts.Company, accounts.GridStaff, accounts.Agency).RunAsync(ct));
            });
        });
        return command;
    }
}
