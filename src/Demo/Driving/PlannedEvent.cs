namespace Anju.Demo.Driving;

/// <summary>An event chosen on the pacing loop, to be sent concurrently.</summary>
public sealed record PlannedEvent(string Kind, Func<CancellationToken, Task<EventOutcome>> SendAsync);
