namespace Anju.Security;

/// <summary>A route's current (or next) round: when it starts, the check-ins it has had (checkpoint → time),
/// and whether its window has closed.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Security.PatrolRound")]
public sealed record PatrolRound(
    [property: Id(0)] string RouteId,
    [property: Id(1)] DateTimeOffset Start,
    [property: Id(2)] IReadOnlyDictionary<string, DateTimeOffset> CheckedIn,
    [property: Id(3)] int OutOfOrder,
    [property: Id(4)] bool Closed = false);
