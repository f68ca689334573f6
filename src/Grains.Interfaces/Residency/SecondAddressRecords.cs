namespace Anju.Residency;

/// <summary>A step of a member's second-address registration (第二住址登記, §4.1).</summary>
[GenerateSerializer]
public enum RegistrationStage
{
    /// <summary>信息采集: the member's details collected at the estate.</summary>
    Collected = 0,

    /// <summary>Handed off to the local police station (轉遞派出所).</summary>
    Submitted = 1,

    /// <summary>Registered by the police (and forwarded to the hukou place).</summary>
    Registered = 2,

    /// <summary>戶口遷入: the member moved their hukou here; no second-address registration is needed.</summary>
    HukouMovedIn = 3,
}

/// <summary>A step with its day, who recorded it and when, and a note.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Residency.RegistrationStep")]
public sealed record RegistrationStep(
    [property: Id(0)] RegistrationStage Stage,
    [property: Id(1)] DateOnly On,
    [property: Id(2)] string Actor,
    [property: Id(3)] DateTimeOffset At,
    [property: Id(4)] string? Note);

/// <summary>One household member's registration record. <see cref="MemberRef"/> (a person reference) and
/// <see cref="HukouPlace"/> are personal data, masked unless the view shows identities.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Residency.MemberRegistration")]
public sealed record MemberRegistration(
    [property: Id(0)] string MemberRef,
    [property: Id(1)] string DwellingId,
    [property: Id(2)] string HukouPlace,
    [property: Id(3)] RegistrationStage Stage,
    [property: Id(4)] IReadOnlyList<RegistrationStep> Steps)
{
    /// <summary>The police station it was handed to, and the hand-off.</summary>
    [Id(5)] public string? Station { get; init; }

    [Id(6)] public string? HandOffId { get; init; }

    /// <summary>The household-level standing this member counts as.</summary>
    public SecondAddressRegistration Standing => Stage switch
    {
        RegistrationStage.Registered or RegistrationStage.HukouMovedIn => SecondAddressRegistration.Registered,
        _ => SecondAddressRegistration.Pending,
    };
}

/// <summary>A hand-off (轉遞) of collected members' details to a police station, with its day and who made it.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Residency.StationHandOff")]
public sealed record StationHandOff(
    [property: Id(0)] string HandOffId,
    [property: Id(1)] string Station,
    [property: Id(2)] DateOnly On,
    [property: Id(3)] IReadOnlyList<string> Members,
    [property: Id(4)] string Actor,
    [property: Id(5)] DateTimeOffset At);

/// <summary>An estate's registration counts: members registered (or whose hukou moved in), pending (collected or with the
/// police), and not registered: the residents the estate's households declare beyond those recorded. <see cref="Residents"/>
/// is null when the estate reports no residents yet (then "not registered" is unknown, not 0).</summary>
[GenerateSerializer, Immutable, Alias("Anju.Residency.RegistrationCounts")]
public sealed record RegistrationCounts(
    [property: Id(0)] int Registered,
    [property: Id(1)] int Pending,
    [property: Id(2)] int? NotRegistered,
    [property: Id(3)] int? Residents,
    [property: Id(4)] int HukouMovedIn,
    [property: Id(5)] int Submitted);

/// <summary>An estate's registrations: counts, members (newest change first), hand-offs.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Residency.RegistrationBook")]
public sealed record RegistrationBook(
    [property: Id(0)] string EstateId,
    [property: Id(1)] RegistrationCounts Counts,
    [property: Id(2)] IReadOnlyList<MemberRegistration> Members,
    [property: Id(3)] IReadOnlyList<StationHandOff> HandOffs,
    [property: Id(4)] long Version);

/// <summary>An estate's second-address registrations (key <see cref="Keys.Registrations"/>): one record per household
/// member, its steps with day and actor, and the hand-offs to the police station. Acknowledged once stored; a repeat
/// answers the same; other content under the same member or hand-off id is 409.</summary>
[Alias("Anju.Residency.IRegistrationsGrain")]
public interface IRegistrationsGrain : IGrainWithStringKey
{
    /// <summary>Records a member's details as collected (or, with <see cref="RegistrationStage.HukouMovedIn"/>, that no
    /// registration is needed).</summary>
    Task<MemberRegistration> CollectAsync(string memberRef, string dwellingId, string hukouPlace, RegistrationStage stage, DateOnly on, string actor);

    /// <summary>Hands collected members' details to a police station.</summary>
    Task<StationHandOff> HandOffAsync(string handOffId, string station, DateOnly on, IReadOnlyList<string> members, string actor);

    /// <summary>Records that the police registered a member handed off to them.</summary>
    Task<MemberRegistration> RegisterAsync(string memberRef, DateOnly on, string? note, string actor);

    /// <summary>Counts, members and hand-offs; <paramref name="residents"/> is what the estate's households declare
    /// (null when none is known).</summary>
    [ReadOnly]
    Task<RegistrationBook> GetAsync(int? residents);
}
