namespace Anju.Demo.Driving;

/// <summary>
/// One kind of live event (occupancy today; incidents, guard check-ins and camera heartbeats
/// later). <see cref="Next"/> runs on the single pacing loop with the driver's seeded random,
/// so choices follow the seed; the returned send runs concurrently with others.
/// </summary>
public interface IEventGenerator
{
    string Kind { get; }

    /// <summary>Relative share of this kind in the stream.</summary>
    double Weight { get; }

    /// <summary>The next event, or null when nothing of this kind can be sent right now.</summary>
    PlannedEvent? Next(Random random);
}
