namespace Anju.Demo.Driving;

/// <summary>An event chosen on the pacing loop, to be sent concurrently. <see cref="EstateId"/> is the estate
/// it changes, so a benchmark can match what screens receive to the events behind it.</summary>
public sealed record PlannedEvent(string Kind, string EstateId, Func<CancellationToken, Task<EventOutcome>> SendAsync)
{
    /// <summary>For events not tied to one estate's status (a device batch spanning estates, a case step).</summary>
    public const string AnyEstate = "";
}
