namespace Anju.Residency.Registration;

/// <summary>Second-address registration (第二住址登記, §4.1), pure: the steps a member's record may take (collected →
/// handed off to the police station → registered; or the hukou moved in, no registration needed) and the estate's counts.</summary>
public static class RegistrationRules
{
    /// <summary>Why <paramref name="member"/> cannot move to <paramref name="next"/>, or null when it can.</summary>
    public static string? Refusal(MemberRegistration member, RegistrationStage next) => (member.Stage, next) switch
    {
        (RegistrationStage.Collected, RegistrationStage.Submitted) => null,
        (RegistrationStage.Submitted, RegistrationStage.Registered) => null,
        (RegistrationStage.Collected, RegistrationStage.Registered) => $"Member {member.MemberRef} has not been handed off to a police station yet.",
        _ => $"Member {member.MemberRef} is {member.Stage}; it cannot become {next}.",
    };

    /// <summary>The counts: registered, hukou moved in, pending (collected or submitted), submitted, and — when the
    /// estate's households declare <paramref name="residents"/> — the residents without a record (never below 0).</summary>
    public static RegistrationCounts Count(IReadOnlyCollection<MemberRegistration> members, int? residents)
    {
        var registered = members.Count(m => m.Stage == RegistrationStage.Registered);
        var movedIn = members.Count(m => m.Stage == RegistrationStage.HukouMovedIn);
        var pending = members.Count(m => m.Stage is RegistrationStage.Collected or RegistrationStage.Submitted);
        var submitted = members.Count(m => m.Stage == RegistrationStage.Submitted);
        int? known = residents is > 0 ? residents : null;
        return new RegistrationCounts(registered, pending, known is { } r ? Math.Max(0, r - registered - movedIn - pending) : null, known, movedIn, submitted);
    }
}
