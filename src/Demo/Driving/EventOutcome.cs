namespace Anju.Demo.Driving;

/// <summary>How one sent event ended; <see cref="Detail"/> says why when it did not succeed.</summary>
public sealed record EventOutcome(EventResult Result, string? Detail = null)
{
    /// <summary>How many versions the event's dwelling moved on, as far as its answers showed: one per command that
    /// landed (an allocation with its household is two; a retried request that had landed shows here too).</summary>
    public long Changes { get; init; }

    public static EventOutcome Ok { get; } = new(EventResult.Ok);
}
