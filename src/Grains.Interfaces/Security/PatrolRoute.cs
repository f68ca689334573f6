namespace Anju.Security;

/// <summary>A patrol route (巡邏路線): checkpoints, ordered or not, and its rounds: one starts every
/// <see cref="RoundInterval"/> from midnight Beijing time, and each checkpoint must be checked in at within
/// <see cref="RoundWindow"/> of the start, or it is missed.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Security.PatrolRoute")]
public sealed record PatrolRoute(
    [property: Id(0)] string RouteId,
    [property: Id(1)] string Name,
    [property: Id(2)] bool Ordered,
    [property: Id(3)] IReadOnlyList<Checkpoint> Checkpoints,
    [property: Id(4)] TimeSpan RoundInterval,
    [property: Id(5)] TimeSpan RoundWindow);
