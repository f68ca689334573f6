namespace Anju.Residency;

/// <summary>Where an exit review (退出審查) stands. A case moves notice → hearing → decision → (appeal → second
/// decision, once) → ready to carry out → carried out (exit), or closed at once by a decision to keep;
/// <see cref="CarriedOut"/> and <see cref="Closed"/> are final.</summary>
[GenerateSerializer]
public enum ExitReviewStage
{
    /// <summary>Opened by a trigger; the household has not yet been served notice.</summary>
    Opened = 0,

    /// <summary>The household was served notice of the review (告知).</summary>
    NoticeServed = 1,

    /// <summary>The household was heard (聽證/陳述申辯).</summary>
    Heard = 2,

    /// <summary>Decided: exit or keep; an exit decision waits out its appeal window.</summary>
    Decided = 3,

    /// <summary>The household appealed the exit decision (申請復核); a second decision follows.</summary>
    Appealed = 4,

    /// <summary>The exit was carried out: the dwelling's household left through the case's own occupancy steps.</summary>
    CarriedOut = 5,

    /// <summary>The household keeps the dwelling; the case is closed.</summary>
    Closed = 6,

    /// <summary>An exit decision that can no longer be appealed (its window ended without an appeal, recorded by the
    /// clock; or the second decision, which is final): the housing office carries it out.</summary>
    ReadyToCarryOut = 7,
}

/// <summary>What a decision on an exit review says.</summary>
[GenerateSerializer]
public enum ExitDecision
{
    /// <summary>The household must leave (取消保障資格，騰退).</summary>
    Exit = 0,

    /// <summary>The household keeps the dwelling.</summary>
    Keep = 1,
}

/// <summary>The steps taken on an exit review.</summary>
[GenerateSerializer]
public enum ExitReviewAction
{
    /// <summary>Serve the household notice (casework: the agency or the housing office).</summary>
    ServeNotice = 0,

    /// <summary>Hold the hearing (the housing office).</summary>
    HoldHearing = 1,

    /// <summary>Decide exit or keep, with a reason (the housing office).</summary>
    Decide = 2,

    /// <summary>Take the household's appeal of an exit decision, once, inside the appeal window.</summary>
    Appeal = 3,

    /// <summary>Carry out an exit decision once its appeal window has passed: the dwelling's household leaves.</summary>
    CarryOut = 4,

    /// <summary>Close a keep decision: the household stays. A keep decision now closes the case itself (recorded as
    /// this step); asked by a person only for a case kept before that.</summary>
    Close = 5,

    /// <summary>The appeal window of an exit decision ended without an appeal: recorded by the clock (actor
    /// <c>system</c>), never asked by a person.</summary>
    AppealWindowEnded = 6,
}

/// <summary>One step asked of a case. <see cref="ExpectedVersion"/> is the version the caller saw; the actor is the
/// signed-in user. A <see cref="CommandId"/> repeated with the same content answers as the first did.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Residency.ExitReviewCommand")]
public sealed record ExitReviewCommand(
    [property: Id(0)] ExitReviewAction Action,
    [property: Id(1)] long ExpectedVersion,
    [property: Id(2)] string Actor)
{
    /// <summary>Why: required on every step (1–1000 characters).</summary>
    [Id(3)] public string? Reason { get; init; }

    /// <summary>Exit or keep, on <see cref="ExitReviewAction.Decide"/> only.</summary>
    [Id(4)] public ExitDecision? Decision { get; init; }

    /// <summary>The client's idempotency key (1–64 characters).</summary>
    [Id(5)] public string? CommandId { get; init; }
}

/// <summary>One step recorded on a case: what, who, when, why, and the decision it made.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Residency.ExitReviewStep")]
public sealed record ExitReviewStep(
    [property: Id(0)] ExitReviewAction Action,
    [property: Id(1)] ExitReviewStage From,
    [property: Id(2)] ExitReviewStage To,
    [property: Id(3)] string Actor,
    [property: Id(4)] DateTimeOffset At,
    [property: Id(5)] string? Reason,
    [property: Id(6)] ExitDecision? Decision);

/// <summary>A case as its estate's book lists it. <see cref="Version"/> grows with every change (the book keeps the
/// newest); the dwelling and grid say where it is, <see cref="HeadOfHousehold"/> whose household it is about (personal:
/// masked as the dwelling's own household is).</summary>
[GenerateSerializer, Immutable, Alias("Anju.Residency.ExitReviewSummary")]
public sealed record ExitReviewSummary(
    [property: Id(0)] string CaseId,
    [property: Id(1)] string EstateId,
    [property: Id(2)] string DwellingId,
    [property: Id(3)] string GridId,
    [property: Id(4)] ExitReviewStage Stage,
    [property: Id(5)] long Version,
    [property: Id(6)] DateTimeOffset OpenedAt,
    [property: Id(7)] DateTimeOffset UpdatedAt,
    [property: Id(8)] IReadOnlyList<ExitReviewReason> Reasons)
{
    /// <summary>The decision in force (the second one after an appeal); null before one is made.</summary>
    [Id(9)] public ExitDecision? Decision { get; init; }

    /// <summary>Until when an exit decision may be appealed; null when no appeal is open to the household.</summary>
    [Id(10)] public DateTimeOffset? AppealUntil { get; init; }

    /// <summary>True once the household appealed (an appeal is taken once).</summary>
    [Id(11)] public bool Appealed { get; init; }

    /// <summary>The head of the household the case is about, as the dwelling recorded it when the case opened (an
    /// opaque person reference); null when the dwelling had no household on record. A later household of the same
    /// dwelling is another one.</summary>
    [Id(12)] public string? HeadOfHousehold { get; init; }

    /// <summary>True until the case is carried out or closed.</summary>
    public bool IsOpen => Stage is not (ExitReviewStage.CarriedOut or ExitReviewStage.Closed);
}

/// <summary>A whole case: its summary, the triggers that opened it or added a reason, and every step.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Residency.ExitReviewSnapshot")]
public sealed record ExitReviewSnapshot(
    [property: Id(0)] ExitReviewSummary Summary,
    [property: Id(1)] IReadOnlyList<ExitReviewTrigger> Triggers,
    [property: Id(2)] IReadOnlyList<ExitReviewStep> Steps);

/// <summary>What the book sends a case: the trigger, and where its dwelling is (read from the dwelling).</summary>
[GenerateSerializer, Immutable, Alias("Anju.Residency.ExitReviewOpening")]
public sealed record ExitReviewOpening(
    [property: Id(0)] string EstateId,
    [property: Id(1)] string GridId,
    [property: Id(2)] ExitReviewTrigger Trigger)
{
    /// <summary>The dwelling's head of household when the book opened the case (kept by a new case only).</summary>
    [Id(3)] public string? HeadOfHousehold { get; init; }
}

/// <summary>An estate's cases for the screen: those ready to carry out first, then the other open ones (oldest first:
/// they have waited longest), then the finished ones, newest first; <see cref="Open"/> counts the open cases and
/// <see cref="Ready"/> those ready to carry out.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Residency.ExitReviewList")]
public sealed record ExitReviewList(
    [property: Id(0)] string EstateId,
    [property: Id(1)] int Open,
    [property: Id(2)] IReadOnlyDictionary<ExitReviewStage, int> ByStage,
    [property: Id(3)] IReadOnlyList<ExitReviewSummary> Cases)
{
    /// <summary>Open cases whose exit decision can be carried out now (<see cref="ExitReviewStage.ReadyToCarryOut"/>).</summary>
    [Id(4)] public int Ready { get; init; }
}
