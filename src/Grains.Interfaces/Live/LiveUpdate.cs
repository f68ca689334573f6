namespace Anju.Live;

/// <summary>
/// One status message leaving the cluster for screens. <see cref="Scope"/> is what a screen
/// subscribes to (<see cref="Scopes"/>); <see cref="Version"/> lets a receiver drop stale ones;
/// <see cref="Payload"/> is the scope's status record (e.g. an <c>EstateStatus</c>).
/// </summary>
[GenerateSerializer, Immutable, Alias("Anju.Live.LiveUpdate")]
public sealed record LiveUpdate(
    [property: Id(0)] string Scope,
    [property: Id(1)] string Kind,
    [property: Id(2)] long Version,
    [property: Id(3)] object Payload);
