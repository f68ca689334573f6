namespace Anju.Demo.Driving;

/// <summary>How one sent event ended; <see cref="Detail"/> says why when it did not succeed.</summary>
public sealed record EventOutcome(EventResult Result, string? Detail = null)
{
    public static EventOutcome Ok { get; } = new(EventResult.Ok);
}
