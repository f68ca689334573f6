using Anju.Common;
using Anju.Residency;

namespace Anju.Dwellings;

/// <summary>How the dwelling's commands change its state, as plain functions of the state, the command and the time.</summary>
internal static class DwellingChanges
{
    /// <summary>Whether a repeated creation names the dwelling as it was created (it then answers as the first did).
    /// Its starting occupancy and household count only until the first change.</summary>
    public static bool IsSameCreation(DwellingState s, CreateDwelling command) =>
        (s.EstateId, s.GridId, s.Address, s.Tenure) == (command.EstateId, command.GridId, command.Address, command.Tenure)
        && (s.Version > 1 || (s.State, s.Household) == (command.InitialState, command.Household))
        && s.FloorArea.Equals(command.FloorArea);

    /// <summary>Version 1 of a dwelling: its details, its starting occupancy (a trail entry when not vacant) and its
    /// household (already validated), which only a dwelling that starts allocated or lived in may have.</summary>
    public static void Create(DwellingState s, CreateDwelling command, Household? household, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        if (household is not null && !OccupancyRules.MayHaveHousehold(command.InitialState))
        {
            throw new ValidationException("household", $"A dwelling that starts {command.InitialState} has no household.");
        }

        if (command.LastReviewedOn is { } reviewed)
        {
            Validate.Day("lastReviewedOn", reviewed);
        }

        if (command.LastReviewedOn > today)
        {
            throw new ValidationException("lastReviewedOn", "lastReviewedOn cannot be in the future.");
        }

        (s.EstateId, s.DwellingId, s.FloorArea, s.GridId, s.Address, s.Tenure) =
            (command.EstateId, command.DwellingId, command.FloorArea, command.GridId, command.Address, command.Tenure);
        s.State = command.InitialState;
        s.Household = household;
        if (command.InitialState != OccupancyState.Vacant)
        {
            s.History.Add(new OccupancyTransition(OccupancyState.Vacant, command.InitialState, OccupancyAction.Onboard, "onboarding", null, now));
            s.LastReviewedOn = OccupancyRules.IsLivedIn(command.InitialState) ? command.LastReviewedOn ?? today : null;
        }

        s.Version = 1;
    }

    /// <summary>An occupancy step already found legal: the trail grows, the review cycle starts at move-in, and a
    /// completed exit takes the household and its review with it.</summary>
    public static void Move(DwellingState s, OccupancyState to, ChangeOccupancy command, string actor, DateTimeOffset now)
    {
        s.History.Add(new OccupancyTransition(s.State, to, command.Action, actor, command.Reason?.Trim(), now));
        s.State = to;
        if (to == OccupancyState.Occupied)
        {
            s.LastReviewedOn ??= DateOnly.FromDateTime(now.UtcDateTime);
        }
        else if (to == OccupancyState.Vacated)
        {
            (s.Household, s.LastReviewedOn, s.ReviewReceivedOn) = (null, null, null);
        }
    }

    /// <summary>An occupancy step asked of a dwelling, checked: a named actor, a known action other than onboarding
    /// (only creation onboards), legal from the dwelling's state. Returns where it leads and the actor as recorded.</summary>
    public static (OccupancyState To, string Actor) Step(DwellingState s, ChangeOccupancy command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var actor = Validate.Text("actor", command.Actor, 100);
        if (!Enum.IsDefined(command.Action) || command.Action == OccupancyAction.Onboard)
        {
            throw new ValidationException("action", $"Unknown action {command.Action}.");
        }

        return (OccupancyRules.Next(s.State, command.Action), actor);
    }

    /// <summary>A household (already validated) may be recorded only while the dwelling is allocated or lived in;
    /// clearing one (null) is always allowed.</summary>
    public static void CheckHousehold(DwellingState s, Household? household)
    {
        if (household is not null && !OccupancyRules.MayHaveHousehold(s.State))
        {
            throw new ConflictException($"A dwelling that is {s.State} has no household to record.");
        }
    }

    /// <summary>An annual review received on a day: only a dwelling someone lives in has a household to review, and
    /// the day cannot be after today.</summary>
    public static void CheckReview(DwellingState s, DateOnly receivedOn, DateOnly today)
    {
        Validate.Day("receivedOn", receivedOn);
        if (!OccupancyRules.IsLivedIn(s.State))
        {
            throw new ConflictException($"A dwelling that is {s.State} has no household to review.");
        }

        if (receivedOn > today)
        {
            throw new ValidationException("receivedOn", "receivedOn cannot be in the future.");
        }
    }

    /// <summary>Applies a decided change as the dwelling's next version and remembers the client's command id with it
    /// (with its content's fingerprint and the time, for <paramref name="window"/>), so both are journaled together.</summary>
    public static void Apply(DwellingState s, Action<DwellingState> change, string? commandId, string command, long? fingerprint, DateTimeOffset now, TimeSpan window)
    {
        change(s);
        s.Version++;
        if (commandId is not null)
        {
            CommandIds.Remember(s.CommandsSeen, new CommandSeen(commandId, command, s.Version, fingerprint ?? 0, now), window);
        }
    }
}
