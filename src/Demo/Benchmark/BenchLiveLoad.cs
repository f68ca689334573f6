using Anju.Demo.Api;
using Anju.Demo.Driving;

namespace Anju.Demo.Benchmark;

/// <summary>
/// The benchmark's load: the driver's generators, pacer and counters (the same seeded stream as
/// <c>drive</c>), with the dwelling changes each event's answers showed written to <see cref="BenchLiveAcks"/>
/// (with the time it was sent) when they arrive, so screens can tell how long after sending they saw them. Every
/// event is made of dwelling commands (OccupancyGenerator, ResidencyGenerator), each adding one to its dwelling's
/// version; a change that landed under a failed or conflicting outcome is logged as well, because screens see it.
/// </summary>
public sealed class BenchLiveLoad(AnjuApi api, DwellingBook book, BenchLiveAcks acks, double rate, int seed, int maxInFlight)
{
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(10);

    public DriveStats Stats { get; } = new();

    /// <summary>Sends until <paramref name="stop"/>, then gives requests in flight up to 10 s to finish.</summary>
    public async Task RunAsync(CancellationToken stop)
    {
        IEventGenerator[] generators = [new OccupancyGenerator(api, book), new ResidencyGenerator(api, book)];
        var mix = new WeightedChoice<IEventGenerator>([.. generators.Select(g => (g, g.Weight))]);
        var random = new Random(seed);
        using var abandon = new CancellationTokenSource();
        using var inFlight = new SemaphoreSlim(maxInFlight);
        using var pacer = new Pacer(rate);
        try
        {
            while (true)
            {
                var (due, dropped) = await pacer.NextAsync(stop);
                Stats.Dropped(dropped);
                for (var i = 0; i < due; i++)
                {
                    await inFlight.WaitAsync(stop);
                    if (mix.Pick(random).Next(random) is not { } planned)
                    {
                        inFlight.Release();
                        Stats.Idle();
                        continue;
                    }

                    _ = SendAsync(planned, inFlight, abandon.Token);
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The window is over: drain below.
        }

        if (!await InFlight.DrainAsync(inFlight, maxInFlight, DrainTimeout))
        {
            await abandon.CancelAsync();
            await InFlight.DrainAsync(inFlight, maxInFlight, DrainTimeout);
        }
    }

    private async Task SendAsync(PlannedEvent planned, SemaphoreSlim inFlight, CancellationToken ct)
    {
        try
        {
            await Stats.MeasureAsync(async () =>
            {
                var sent = DateTime.UtcNow.Ticks;
                var outcome = await planned.SendAsync(ct);
                if (planned.EstateId != PlannedEvent.AnyEstate)
                {
                    acks.Acknowledged(planned.EstateId, sent, (int)Math.Min(int.MaxValue, outcome.Changes));
                }

                return outcome;
            });
        }
        finally
        {
            inFlight.Release();
        }
    }
}
