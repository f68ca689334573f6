namespace Anju.Community;

/// <summary>How a mediation (人民調解, §4.3, §5.2) ended. None while it is open.</summary>
[GenerateSerializer]
public enum MediationOutcome
{
    /// <summary>Still open.</summary>
    Open = 0,

    /// <summary>調解成功: the parties agreed. Final.</summary>
    Settled = 1,

    /// <summary>調解不成: no agreement; may still be referred to legal aid.</summary>
    NotSettled = 2,

    /// <summary>轉介法律援助: referred to a legal-aid centre (法律援助), with the referral recorded. Final.</summary>
    ReferredToLegalAid = 3,
}

/// <summary>A party of a mediation: personal (the name and phone are masked unless the caller's view shows them).</summary>
[GenerateSerializer, Immutable, Alias("Anju.Community.MediationParty")]
public sealed record MediationParty(
    [property: Id(0)] string Name,
    [property: Id(1)] string? Phone,
    [property: Id(2)] string? DwellingId);

/// <summary>A referral to legal aid: the centre, the day, its reference there.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Community.LegalAidReferral")]
public sealed record LegalAidReferral(
    [property: Id(0)] string Centre,
    [property: Id(1)] DateOnly ReferredOn,
    [property: Id(2)] string? Reference);

/// <summary>A mediation to open: the parties (at least two) and the issue.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Community.NewMediation")]
public sealed record NewMediation(
    [property: Id(0)] IReadOnlyList<MediationParty> Parties,
    [property: Id(1)] string Issue)
{
    [Id(2)] public string? CommandId { get; init; }
}

/// <summary>A mediation's outcome as recorded: settled, not settled, or referred (with the referral).</summary>
[GenerateSerializer, Immutable, Alias("Anju.Community.MediationResult")]
public sealed record MediationResult(
    [property: Id(0)] MediationOutcome Outcome,
    [property: Id(1)] string? Note,
    [property: Id(2)] LegalAidReferral? LegalAid);

/// <summary>One step of a mediation's record: opened or an outcome, with actor and time.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Community.MediationStep")]
public sealed record MediationStep(
    [property: Id(0)] MediationOutcome Outcome,
    [property: Id(1)] string Actor,
    [property: Id(2)] DateTimeOffset At,
    [property: Id(3)] string? Note);

/// <summary>A mediation record of a grid (<c>MD-001</c>).</summary>
[GenerateSerializer, Immutable, Alias("Anju.Community.Mediation")]
public sealed record Mediation(
    [property: Id(0)] string MediationId,
    [property: Id(1)] IReadOnlyList<MediationParty> Parties,
    [property: Id(2)] string Issue,
    [property: Id(3)] MediationOutcome Outcome,
    [property: Id(4)] string OpenedBy,
    [property: Id(5)] DateTimeOffset OpenedAt,
    [property: Id(6)] IReadOnlyList<MediationStep> Steps)
{
    [Id(7)] public LegalAidReferral? LegalAid { get; init; }

    [Id(8)] public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>No outcome yet (a mediation not settled has ended, though it may still be referred to legal aid).</summary>
    public bool IsOpen => Outcome == MediationOutcome.Open;
}
