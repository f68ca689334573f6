using Anju.Demo.Api;
using Anju.Demo.Money;
using Anju.Demo.Security;
using Anju.Demo.Terminal;

namespace Anju.Demo.Driving;

/// <summary>
/// Sends a paced, seeded stream of events from its generators with a bounded number in flight,
/// until the duration ends or Ctrl-C / SIGTERM; then lets in-flight requests finish and reports. The device key of its
/// security traffic is made by <paramref name="admin"/>.
/// </summary>
public sealed class Driver(AnjuApi api, DriveOptions options, ApiSession admin, ApiSession? company = null, ApiSession? gridStaff = null, ApiSession? agencyStaff = null)
{
    /// <summary>The estate whose orders the demo company and grid staff work (their accounts' grants name it).</summary>
    public const string FeaturedEstate = "TH-0001";
    private static readonly TimeSpan HealthTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan StatusEvery = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan SettleTimeout = TimeSpan.FromSeconds(15);

    public async Task<int> RunAsync(CancellationToken ct)
    {
        DwellingBook book;
        try
        {
            if (!await api.WaitUntilHealthyAsync(HealthTimeout, ct))
            {
                Console.Error.WriteLine($"The API at {api.BaseAddress} was not healthy within {HealthTimeout.TotalSeconds:F0} s.");
                return ExitCodes.Unreachable;
            }

            var (loaded, problem) = await Inventory.LoadAsync(api, ct);
            if (loaded is not { Count: > 0 })
            {
                Console.Error.WriteLine(problem ?? "No estates or dwellings found: run `seed` first.");
                return ExitCodes.Failed;
            }

            book = loaded;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            return ExitCodes.Cancelled;
        }

        using var security = new DemoSecurity(api.BaseAddress, api.Session, admin);
        using var companyApi = Client(company);
        using var gridApi = Client(gridStaff);
        using var agencyApi = Client(agencyStaff);
        IEventGenerator[] generators;
        try
        {
            // Idempotent: sizes the roster to the population as it is now (it may have grown since the seed, or the city
            // may predate security); the generator then clocks the roster in.
            var (desks, _) = await security.RosterAsync(book.EstateIds, options.Seed, SettleTimeout, ct);
            Console.WriteLine($"Security roster: {RosterReport.Line([.. desks.Select(d => d.Roster)])}; clocking them in.");
            var key = await security.CreateKeyAsync("demo-driver", ct);
            generators = [new OccupancyGenerator(api, book), new ResidencyGenerator(api, book), new IncidentGenerator(api, book),
                new SecurityGenerator(security, key, desks, options.Seed),
                new FacilityGenerator(new FacilityActors(api, companyApi, gridApi, FeaturedEstate, "G01"), security, key, book.EstateIds, options.Seed),
                new MoneyGenerator(api, book.EstateIds, FeaturedEstate, options.Seed)];
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            return ExitCodes.Cancelled;
        }

        var until = options.Duration is { } d ? $"for {d.TotalSeconds:F0} s" : "until Ctrl-C";
        Console.WriteLine($"Driving {book.Count} dwellings in {book.Estates} estates at {options.Rate:0.#}/s, at most {options.MaxInFlight} in flight, seed {options.Seed}, {until}.");
        var stats = new DriveStats();
        var started = DateTimeOffset.UtcNow;
        using var stopMoney = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var money = new MoneySetup(api, options.Seed).RunAsync(book.EstateIds, FeaturedEstate, stopMoney.Token);
        var exits = new ExitReviews.ExitReviewSeed(api, options.Seed).RunAsync(book.EstateIds, FeaturedEstate, stopMoney.Token);
        var allocation = new Allocation.AllocationSeed(api, options.Seed).RunAsync(FeaturedEstate, stopMoney.Token);
        var agency = new Casework.AgencySetup(api, agencyApi ?? api, options.Seed).RunAsync(book.EstateIds, FeaturedEstate, stopMoney.Token);
        var community = new Community.CommunitySeed(api, gridApi ?? api, options.Seed).RunAsync(book.EstateIds, FeaturedEstate, stopMoney.Token);
        var civic = new Community.CivicSeed(api, options.Seed).RunAsync(book.EstateIds, FeaturedEstate, stopMoney.Token);
        await using (new StatusReporter(stats, StatusEvery, options.Rate))
        {
            await SendAllAsync(generators, stats, ct);
        }

        await stopMoney.CancelAsync();
        await Task.WhenAll(money, exits, allocation, agency, community, civic);

        return Summarize(stats.Snapshot(), DateTimeOffset.UtcNow - started);
    }

    /// <summary>A client for another demo account, sharing nothing with the data account but the address.</summary>
    private AnjuApi? Client(ApiSession? session) => session is null ? null : new AnjuApi(api.BaseAddress, 8, session);

    private async Task SendAllAsync(IEventGenerator[] generators, DriveStats stats, CancellationToken ct)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        if (options.Duration is { } duration)
        {
            stop.CancelAfter(duration);
        }

        // Sends are not cancelled by the stop signal: they get DrainTimeout to finish first.
        using var abandon = new CancellationTokenSource();
        using var inFlight = new SemaphoreSlim(options.MaxInFlight);
        using var pacer = new Pacer(options.Rate);
        var mix = new WeightedChoice<IEventGenerator>([.. generators.Select(g => (g, g.Weight))]);
        var random = new Random(options.Seed);
        try
        {
            while (true)
            {
                var (due, dropped) = await pacer.NextAsync(stop.Token);
                stats.Dropped(dropped);
                for (var i = 0; i < due; i++)
                {
                    await inFlight.WaitAsync(stop.Token);
                    if (mix.Pick(random).Next(random) is not { } planned)
                    {
                        inFlight.Release();
                        stats.Idle();
                        continue;
                    }

                    _ = SendAsync(planned, stats, inFlight, abandon.Token);
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            Console.WriteLine("Stopping: waiting for requests in flight …");
        }

        if (!await InFlight.DrainAsync(inFlight, options.MaxInFlight, DrainTimeout))
        {
            await abandon.CancelAsync();
            await InFlight.DrainAsync(inFlight, options.MaxInFlight, DrainTimeout);
        }
    }

    private static async Task SendAsync(PlannedEvent planned, DriveStats stats, SemaphoreSlim inFlight, CancellationToken ct)
    {
        try
        {
            await stats.MeasureAsync(() => planned.SendAsync(ct));
        }
        finally
        {
            inFlight.Release();
        }
    }

    private int Summarize(DriveCounts total, TimeSpan elapsed)
    {
        Console.WriteLine(
            $"Drove {Durations.Short(elapsed)}: sent {total.Sent} ({total.Sent / Math.Max(elapsed.TotalSeconds, 0.001):F1}/s of {options.Rate:0.#}/s), " +
            $"ok {total.Ok}, conflicts {total.Conflicts}, errors {total.Errors}, dropped {total.Dropped}, " +
            $"latency avg {total.AverageLatency.TotalMilliseconds:F1} ms, retries {api.Retries}.");
        return total.Sent > 0 && total.Ok == 0 ? ExitCodes.Failed : ExitCodes.Ok;
    }
}
