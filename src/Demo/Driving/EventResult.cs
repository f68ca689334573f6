namespace Anju.Demo.Driving;

/// <summary>The kinds of <see cref="EventOutcome"/>.</summary>
public enum EventResult
{
    Ok,

    /// <summary>The object had moved on (409): the generator refreshed its view.</summary>
    Conflict,

    Failed,
}
