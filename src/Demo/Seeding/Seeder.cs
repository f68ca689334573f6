using Anju.Demo.Api;
using Anju.Demo.Terminal;

namespace Anju.Demo.Seeding;

/// <summary>
/// Seeds estates, dwellings and an occupancy mix through the API, with bounded parallelism.
/// Skipped when the first estate already exists, so a second start of a demo is quick.
/// </summary>
public sealed class Seeder(AnjuApi api, SeedOptions options)
{
    private static readonly TimeSpan HealthTimeout = TimeSpan.FromSeconds(60);

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

            var plan = SeedPlanner.Create(options);
            if (!options.Force && await AlreadySeededAsync(plan.Estates[0], ct))
            {
                return ExitCodes.Ok;
            }

            Console.WriteLine($"Seeding {plan.Estates.Count} estates, {plan.Dwellings} dwellings: {plan.Requests} requests, {options.Parallelism} at a time (seed {options.Seed}).");
            var report = new SeedReport();
            var progress = new Progress("seed", plan.Requests);
            await using (progress)
            {
                await SeedAsync(plan, report, progress, ct);
            }

            return Summarize(plan, report, progress.Elapsed);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            Console.WriteLine("Seeding cancelled; `seed --force` completes it later.");
            return ExitCodes.Cancelled;
        }
    }

    private async Task SeedAsync(SeedPlan plan, SeedReport report, Progress progress, CancellationToken ct)
    {
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism, CancellationToken = ct };
        await Parallel.ForEachAsync(plan.Estates, parallel, async (estate, token) =>
        {
            var registered = await api.RegisterEstateAsync(estate.Registration, token);
            progress.Advance();
            if (!registered.IsSuccess)
            {
                report.EstateFailed(estate.EstateId, registered.ToString());
            }
        });

        // Round-robin over estates: each estate grain takes its dwellings' reports one at a time,
        // so workers spread over estates run in parallel where workers on one estate would queue.
        var dwellings = plan.Estates
            .Where(e => !report.HasFailed(e.EstateId))
            .SelectMany(e => e.Dwellings.Select((d, i) => (Order: i, e.EstateId, Dwelling: d)))
            .OrderBy(x => x.Order)
            .Select(x => (x.EstateId, x.Dwelling));
        await Parallel.ForEachAsync(dwellings, parallel, async (item, token) =>
        {
            var (outcome, detail) = await DwellingSeeding.RunAsync(api, item.EstateId, item.Dwelling, progress, token);
            report.Add(outcome, detail);
        });
    }

    private async Task<bool> AlreadySeededAsync(EstatePlan first, CancellationToken ct)
    {
        var existing = await api.GetEstateAsync(first.EstateId, ct);
        if (!existing.IsSuccess)
        {
            return false;
        }

        var status = existing.Value!;
        Console.WriteLine($"already seeded: {first.EstateId} {status.Profile.Name} has {status.Occupancy.Dwellings} dwellings, {status.Occupancy.Occupied} lived in.");
        if (status.Occupancy.Dwellings < first.Dwellings.Count)
        {
            Console.WriteLine($"It has fewer than the {first.Dwellings.Count} planned: run `seed --force` to complete an interrupted seed.");
        }

        return true;
    }

    private int Summarize(SeedPlan plan, SeedReport report, TimeSpan elapsed)
    {
        var seeded = report.Count(DwellingOutcome.Seeded);
        var failed = report.Count(DwellingOutcome.Failed) + report.FailedEstates;
        Console.WriteLine(
            $"Seeded {plan.Estates.Count - report.FailedEstates} estates and {seeded} dwellings in {Durations.Short(elapsed)} " +
            $"with {api.Requests} requests ({api.Requests / Math.Max(elapsed.TotalSeconds, 0.001):F0} req/s); " +
            $"left as is {report.Count(DwellingOutcome.LeftAsIs)}, failed {failed}, retries {api.Retries}.");
        foreach (var sample in report.Samples)
        {
            Console.Error.WriteLine($"  {sample}");
        }

        return failed == 0 ? ExitCodes.Ok : ExitCodes.Failed;
    }
}
