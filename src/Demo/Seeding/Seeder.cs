using System.Diagnostics;
using Anju.Demo.Api;
using Anju.Demo.Facilities;
using Anju.Demo.Guangzhou;
using Anju.Demo.Importing;
using Anju.Demo.Security;

namespace Anju.Demo.Seeding;

/// <summary>
/// Seeds a demo city in one import: generated in memory, posted to <c>POST /api/import</c>, progress shown from the
/// silo's side. Skipped when the first estate already exists, so a second start of a demo is quick; with
/// <c>--force</c> the same city is imported again, which changes nothing that is there and completes what is not.
/// </summary>
public sealed class Seeder(AnjuApi api, SeedOptions options)
{
    private static readonly TimeSpan HealthTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan SettleTimeout = TimeSpan.FromSeconds(60);

    public async Task<int> RunAsync(CancellationToken ct)
    {
        try
        {
            Console.WriteLine($"Waiting for {api.BaseAddress}health …");
            if (!await api.WaitUntilHealthyAsync(HealthTimeout, ct))
            {
                Console.Error.WriteLine($"The API at {api.BaseAddress} was not healthy within {HealthTimeout.TotalSeconds:F0} s.");
                return ExitCodes.Unreachable;
            }

            if (!options.Force && await AlreadySeededAsync(ct))
            {
                await LocateAsync(ct);
                return await new FacilitySeed(api, options.City).RunAsync(ct) ? await SeedSecurityAsync(ct) : ExitCodes.Failed;
            }

            var city = options.City;
            var file = await CityFile.GenerateAsync(city, ct);
            Console.WriteLine($"Generated {file.Stats} in {file.Generated.TotalSeconds:F1} s (seed {city.Seed}); importing …");
            var clock = Stopwatch.StartNew();
            ApiResult<ImportResult> answer;
            await using (new ImportWatch(api))
            {
                answer = await api.ImportAsync(new ByteArrayContent(file.Csv), ct);
            }

            var imported = ImportReport.Print(answer, clock.Elapsed);
            if (imported != ExitCodes.Ok)
            {
                return imported;
            }

            await LocateAsync(ct);
            return await new FacilitySeed(api, options.City).RunAsync(ct) ? await SeedSecurityAsync(ct) : ExitCodes.Failed;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            Console.WriteLine("Seeding cancelled; `seed --force` completes it later (importing the same city again is harmless).");
            return ExitCodes.Cancelled;
        }
        catch (HttpRequestException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return ExitCodes.Failed;
        }
    }

    /// <summary>Gives every estate its location (repeating is harmless: the same point changes nothing), so reports
    /// made by position reach the estate they were made at.</summary>
    private async Task LocateAsync(CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var failed = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, options.City.Estates), new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = ct }, async (i, token) =>
        {
            var (estateId, lat, lon) = EstateLocations.At(i);
            if (!(await api.LocateEstateAsync(estateId, lat, lon, token)).IsSuccess)
            {
                Interlocked.Increment(ref failed);
            }
        });
        Console.WriteLine($"Located {options.City.Estates - failed} estates around their districts' centres ({clock.Elapsed.TotalSeconds:F1} s){(failed > 0 ? $"; {failed} failed" : "")}.");
    }

    /// <summary>Cameras, a patrol route and guards for each estate's population, read from its security desk once the desk
    /// has heard the imported population (repeating is harmless: a larger roster only adds guards).</summary>
    private async Task<int> SeedSecurityAsync(CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var estates = Enumerable.Range(0, options.City.Estates).Select(i => EstateIds.At(i).EstateId).ToList();
        using var security = new DemoSecurity(api.BaseAddress, api.Session);
        var (desks, unsettled) = await security.RosterAsync(estates, options.City.Seed, SettleTimeout, ct);
        Console.WriteLine($"Security: {DemoSecurity.Cameras} cameras and a {DemoSecurity.Checkpoints}-checkpoint route in each estate; " +
            $"{RosterReport.Line([.. desks.Select(d => d.Roster)])} ({clock.Elapsed.TotalSeconds:F1} s).");
        if (unsettled > 0)
        {
            Console.WriteLine($"  {unsettled} desks had not heard their estate's population within {SettleTimeout.TotalSeconds:F0} s; `drive` sizes their rosters again at start.");
        }

        return ExitCodes.Ok;
    }

    /// <summary>Seeded means the first estate holds dwellings and the last estate exists; anything less is an
    /// interrupted seed, which importing the same city again completes (harmless for what is there).</summary>
    private async Task<bool> AlreadySeededAsync(CancellationToken ct)
    {
        var (_, estateId) = EstateIds.At(0);
        var existing = Known(await api.GetEstateAsync(estateId, ct), estateId);
        if (!existing.IsSuccess)
        {
            return false;
        }

        var status = existing.Value!;
        var (_, lastId) = EstateIds.At(options.City.Estates - 1);
        if (status.Occupancy.Dwellings == 0 || !Known(await api.GetEstateAsync(lastId, ct), lastId).IsSuccess)
        {
            Console.WriteLine($"incomplete seed: {estateId} has {status.Occupancy.Dwellings} dwellings, {lastId} {(status.Occupancy.Dwellings == 0 ? "unchecked" : "missing")}; importing the city again.");
            return false;
        }

        Console.WriteLine($"already seeded: {estateId} {status.Profile.Name} has {status.Occupancy.Dwellings} dwellings, {status.Occupancy.Occupied} lived in " +
            "(`seed --force` imports the city again).");
        return true;
    }

    /// <summary>Only a 404 means "not there": any other failure (a silo still starting, a database out of
    /// connections) must not pass for an empty city and start a full import.</summary>
    private static ApiResult<T> Known<T>(ApiResult<T> result, string estateId) =>
        result.IsSuccess || result.IsNotFound
            ? result
            : throw new HttpRequestException($"Could not tell whether the city is seeded: GET estate {estateId} answered {result.Status}. Try again when the silo is healthy.");
}
