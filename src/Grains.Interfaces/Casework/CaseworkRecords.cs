using Anju.Dwellings;
using Anju.Residency;

namespace Anju.Casework;

/// <summary>Which paperwork (手續) the agency does for a dwelling: a household moving in or one that has left.</summary>
[GenerateSerializer]
public enum PaperworkKind
{
    /// <summary>入住手續: the dwelling was allocated (or seen lived in after standing empty).</summary>
    MoveIn = 0,

    /// <summary>退出手續: the household has left (the exit was carried out).</summary>
    Exit = 1,
}

/// <summary>One paperwork item in an estate's queue, opened when the dwelling's occupancy changed and closed by a person.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Casework.PaperworkItem")]
public sealed record PaperworkItem(
    [property: Id(0)] string ItemId,
    [property: Id(1)] string DwellingId,
    [property: Id(2)] PaperworkKind Kind,
    [property: Id(3)] DateTimeOffset OpenedAt,
    [property: Id(4)] OccupancyState SeenState)
{
    [Id(5)] public DateTimeOffset? ClosedAt { get; init; }

    [Id(6)] public string? ClosedBy { get; init; }

    [Id(7)] public string? Note { get; init; }
}

/// <summary>One visit of an inspection round: the finding recorded on the dwelling (<see cref="IDwellingGrain.RecordInspectionAsync"/>).</summary>
[GenerateSerializer, Immutable, Alias("Anju.Casework.RoundVisit")]
public sealed record RoundVisit(
    [property: Id(0)] string DwellingId,
    [property: Id(1)] InspectionFinding Finding,
    [property: Id(2)] DateTimeOffset At,
    [property: Id(3)] string Actor,
    [property: Id(4)] string? Note);

/// <summary>An inspection round (巡查): a list of dwellings to visit by a day.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Casework.InspectionRound")]
public sealed record InspectionRound(
    [property: Id(0)] string RoundId,
    [property: Id(1)] string Title,
    [property: Id(2)] IReadOnlyList<string> DwellingIds,
    [property: Id(3)] DateOnly DueOn,
    [property: Id(4)] string CreatedBy,
    [property: Id(5)] DateTimeOffset CreatedAt,
    [property: Id(6)] IReadOnlyList<RoundVisit> Visits)
{
    /// <summary>When the last dwelling was visited; null while some remain.</summary>
    [Id(7)] public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>Whom it was opened for (<see cref="AgencyTag"/>).</summary>
    [Id(8)] public string? Agency { get; init; }
}

/// <summary>What a chase (催繳) came to.</summary>
[GenerateSerializer]
public enum ChaseOutcome
{
    /// <summary>The household was reached and told.</summary>
    Contacted = 0,

    /// <summary>The household promised to pay by a day.</summary>
    Promised = 1,

    /// <summary>The arrears were paid.</summary>
    Paid = 2,

    /// <summary>Handed on to the housing office (no answer, promise broken, refusal).</summary>
    Escalated = 3,
}

/// <summary>One chase record of a dwelling's rent arrears.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Casework.ChaseRecord")]
public sealed record ChaseRecord(
    [property: Id(0)] string ChaseId,
    [property: Id(1)] string DwellingId,
    [property: Id(2)] ChaseOutcome Outcome,
    [property: Id(3)] DateTimeOffset At,
    [property: Id(4)] string Actor,
    [property: Id(5)] string? Note,
    [property: Id(6)] DateOnly? PromisedBy)
{
    /// <summary>Whom it was made for (<see cref="AgencyTag"/>).</summary>
    [Id(7)] public string? Agency { get; init; }

    /// <summary>For a <see cref="ChaseOutcome.Paid"/> record: when the queue first saw the dwelling's arrears standing
    /// clear at or after it (the grids' summary, as the chase list reads it); null until then. Only a Paid record seen
    /// cleared counts as paid in the KPIs.</summary>
    [Id(8)] public DateTimeOffset? ClearedSeenAt { get; init; }
}

/// <summary>A row of the rent-chasing list: a dwelling whose arrears the agency chases, with its chase records.
/// <see cref="HeadOfHousehold"/> is personal (masked unless the caller's view shows identities).</summary>
[GenerateSerializer, Immutable, Alias("Anju.Casework.ChaseRow")]
public sealed record ChaseRow(
    [property: Id(0)] string DwellingId,
    [property: Id(1)] string GridId,
    [property: Id(2)] RentArrearsStatus Rent,
    [property: Id(3)] IReadOnlyList<ChaseRecord> Chases)
{
    [Id(4)] public string? HeadOfHousehold { get; init; }

    /// <summary>The newest record's outcome; null when the dwelling has not been chased yet.</summary>
    [Id(5)] public ChaseOutcome? LastOutcome { get; init; }

    /// <summary>A promise whose day has passed without a payment recorded.</summary>
    [Id(6)] public bool PromiseBroken { get; init; }
}

/// <summary>Where an annual-review intake (年審資料接收) stands.</summary>
[GenerateSerializer]
public enum IntakeStatus
{
    /// <summary>Papers received, something missing.</summary>
    Incomplete = 0,

    /// <summary>Papers received and complete: ready to decide.</summary>
    Complete = 1,

    /// <summary>Passed: recorded on the dwelling as its annual review.</summary>
    Passed = 2,

    /// <summary>Failed: an exit review is opened for the household.</summary>
    Failed = 3,
}

/// <summary>One annual-review intake of a household.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Casework.IntakeItem")]
public sealed record IntakeItem(
    [property: Id(0)] string IntakeId,
    [property: Id(1)] string DwellingId,
    [property: Id(2)] DateOnly ReceivedOn,
    [property: Id(3)] IntakeStatus Status,
    [property: Id(4)] IReadOnlyList<IntakeStep> Steps)
{
    /// <summary>The day it was decided (passed or failed).</summary>
    [Id(5)] public DateOnly? DecidedOn { get; init; }

    /// <summary>The exit-review case a failure opened; null until the exit-review book has answered.</summary>
    [Id(6)] public string? ExitCaseId { get; init; }

    /// <summary>True while the decision's effect (the dwelling's review, or the exit case) still has to be delivered.</summary>
    [Id(7)] public bool EffectPending { get; init; }
}

/// <summary>One step of an intake, with actor, time and reason.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Casework.IntakeStep")]
public sealed record IntakeStep(
    [property: Id(0)] IntakeStatus To,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] string Actor,
    [property: Id(3)] string? Reason)
{
    /// <summary>Whom it was taken for (<see cref="AgencyTag"/>).</summary>
    [Id(4)] public string? Agency { get; init; }
}

/// <summary>An estate's casework queues as the agency's screen shows them.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Casework.CaseworkQueues")]
public sealed record CaseworkQueues(
    [property: Id(0)] string EstateId,
    [property: Id(1)] IReadOnlyList<PaperworkItem> Paperwork,
    [property: Id(2)] IReadOnlyList<InspectionRound> Rounds,
    [property: Id(3)] IReadOnlyDictionary<InspectionFinding, int> Findings,
    [property: Id(4)] IReadOnlyList<IntakeItem> Intake,
    [property: Id(5)] DateTimeOffset? SyncedAt)
{
    /// <summary>The annual reviews due or overdue whose papers have not come in (overdue first).</summary>
    [Id(6)] public IReadOnlyList<IntakeDue> IntakeDue { get; init; } = [];
}

/// <summary>A dwelling whose annual review is due (<see cref="DueOn"/> reached) or overdue (from <see cref="OverdueFrom"/>)
/// without papers received: the agency's next intake.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Casework.IntakeDue")]
public sealed record IntakeDue(
    [property: Id(0)] string DwellingId,
    [property: Id(1)] string GridId,
    [property: Id(2)] DateOnly DueOn,
    [property: Id(3)] DateOnly OverdueFrom,
    [property: Id(4)] bool Overdue);

/// <summary>Everything an estate's queues recorded, for the KPIs of a service contract.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Casework.CaseworkRecords")]
public sealed record CaseworkLog(
    [property: Id(0)] string EstateId,
    [property: Id(1)] IReadOnlyList<InspectionRound> Rounds,
    [property: Id(2)] IReadOnlyList<ChaseRecord> Chases,
    [property: Id(3)] IReadOnlyList<IntakeItem> Intake);
