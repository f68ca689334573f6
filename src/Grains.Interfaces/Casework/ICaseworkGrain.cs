using Anju.Residency;

namespace Anju.Casework;

/// <summary>Opens an inspection round: the dwellings to visit by <see cref="DueOn"/>. <see cref="RoundId"/> is the
/// client's key: a repeat with the same content answers the same round, other content is a conflict.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Casework.OpenRound")]
public sealed record OpenRound(
    [property: Id(0)] string RoundId,
    [property: Id(1)] string Title,
    [property: Id(2)] IReadOnlyList<string> DwellingIds,
    [property: Id(3)] DateOnly DueOn,
    [property: Id(4)] string Actor)
{
    /// <summary>Who the actor acted for (see <see cref="AgencyTag"/>): null for the housing office or another post.</summary>
    [Id(5)] public string? Agency { get; init; }
}


/// <summary>Records one visit of a round: the finding goes onto the dwelling as a usage inspection.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Casework.RecordVisit")]
public sealed record RecordVisit(
    [property: Id(0)] string RoundId,
    [property: Id(1)] string DwellingId,
    [property: Id(2)] InspectionFinding Finding,
    [property: Id(3)] string? Note,
    [property: Id(4)] string Actor);

/// <summary>Records a chase of a dwelling's arrears; <see cref="ChaseId"/> is the client's key.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Casework.RecordChase")]
public sealed record RecordChase(
    [property: Id(0)] string ChaseId,
    [property: Id(1)] string DwellingId,
    [property: Id(2)] ChaseOutcome Outcome,
    [property: Id(3)] DateOnly? PromisedBy,
    [property: Id(4)] string? Note,
    [property: Id(5)] string Actor)
{
    /// <summary>Who the actor acted for (see <see cref="AgencyTag"/>): null for the housing office or another post.</summary>
    [Id(6)] public string? Agency { get; init; }
}

/// <summary>Receives a household's annual-review papers; <see cref="IntakeId"/> is the client's key.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Casework.ReceiveIntake")]
public sealed record ReceiveIntake(
    [property: Id(0)] string IntakeId,
    [property: Id(1)] string DwellingId,
    [property: Id(2)] DateOnly ReceivedOn,
    [property: Id(3)] bool Complete,
    [property: Id(4)] string? Note,
    [property: Id(5)] string Actor);

/// <summary>Moves an intake on: <see cref="IntakeStatus.Complete"/> (the missing papers came),
/// <see cref="IntakeStatus.Passed"/> or <see cref="IntakeStatus.Failed"/> (a reason is required).</summary>
[GenerateSerializer, Immutable, Alias("Anju.Casework.StepIntake")]
public sealed record StepIntake(
    [property: Id(0)] string IntakeId,
    [property: Id(1)] IntakeStatus To,
    [property: Id(2)] string? Reason,
    [property: Id(3)] string Actor)
{
    /// <summary>Who the actor acted for (see <see cref="AgencyTag"/>): null for the housing office or another post.</summary>
    [Id(4)] public string? Agency { get; init; }
}


/// <summary>Whom a casework record was made for, so a service contract's KPIs count only its agency's own work: null when
/// the actor acted through no <c>Agency</c> grant (the housing office, which also works casework); the contract id when
/// through a grant on that agency contract; <see cref="AnyAgency"/> when through an <c>Agency</c> grant on a place.</summary>
public static class AgencyTag
{
    public const string AnyAgency = "";

    /// <summary>True when a record tagged <paramref name="tag"/> counts for contract <paramref name="contractId"/>.</summary>
    public static bool CountsFor(string? tag, string contractId) => tag is not null && (tag.Length == 0 || tag == contractId);
}

/// <summary>An estate's casework queues (key <see cref="Keys.Casework"/>): paperwork opened from the dwellings'
/// occupancy changes, inspection rounds and their findings, the rent-chasing list and its chase records, and the
/// annual-review intake. Every command is acknowledged once durable and is idempotent on its client key.</summary>
[Alias("Anju.Casework.ICaseworkGrain")]
public interface ICaseworkGrain : IGrainWithStringKey
{
    /// <summary>The queues after looking at the grids for occupancy changes.</summary>
    Task<CaseworkQueues> GetQueuesAsync();

    /// <summary>Looks at the estate's grids now (after an occupancy change went through the API).</summary>
    Task SyncAsync();

    /// <summary>Closes a paperwork item with actor and note; closing a closed item again changes nothing.</summary>
    Task<PaperworkItem> ClosePaperworkAsync(string itemId, string actor, string? note);

    Task<InspectionRound> OpenRoundAsync(OpenRound command);

    Task<InspectionRound> RecordVisitAsync(RecordVisit command);

    /// <summary>The rent-chasing list: dwellings whose arrears are chased, worst first, with their chase records.</summary>
    Task<IReadOnlyList<ChaseRow>> GetChaseListAsync();

    Task<ChaseRecord> RecordChaseAsync(RecordChase command);

    Task<IntakeItem> ReceiveIntakeAsync(ReceiveIntake command);

    Task<IntakeItem> StepIntakeAsync(StepIntake command);

    /// <summary>Every round, chase and intake kept, for the service contracts' KPIs.</summary>
    [ReadOnly]
    Task<CaseworkLog> GetLogAsync();
}
