namespace Anju.Security;

/// <summary>A durable event id and when it arrived (for the idempotence window).</summary>
[GenerateSerializer, Immutable, Alias("Anju.Security.RecentEvent")]
internal sealed record RecentEvent([property: Id(0)] string EventId, [property: Id(1)] DateTimeOffset At);
