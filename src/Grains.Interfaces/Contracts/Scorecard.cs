using Anju.Facilities;
using Anju.Incidents;

namespace Anju.Contracts;

/// <summary>What a contract's score is made of (docs/scorecard.md); <see cref="None"/> when nothing pulls it down.</summary>
[GenerateSerializer]
public enum ScoreFactor
{
    None,

    /// <summary>Work orders and company-assigned incidents closed within their clocks, against all closed.</summary>
    SlaCompliance,

    /// <summary>Reported → accepted (work orders) or acknowledged (incidents): mean and p90.</summary>
    ResponseTime,

    /// <summary>Reported → repaired: mean and p90.</summary>
    RepairTime,

    /// <summary>Faults reported again while their order was open (occurrences beyond the first), and orders sent back.</summary>
    RepeatFaults,

    /// <summary>Preventive maintenance done by its due date.</summary>
    PreventiveOnTime,

    /// <summary>Residents' ratings (1–5) given when orders and cases close.</summary>
    Satisfaction,

    /// <summary>Breach deductions (違約扣款) recorded by the housing office.</summary>
    Deductions,

    /// <summary>The third-party assessment (第三方評估) score of the period.</summary>
    Assessment,
}

/// <summary>A third-party assessment of a contract for one period, entered by the housing office: the score (0–100)
/// the assessor gave, who assessed, on which day, and where the evidence is filed.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Contracts.ContractAssessment")]
public sealed record ContractAssessment(
    [property: Id(0)] string Period,
    [property: Id(1)] decimal Score,
    [property: Id(2)] string Assessor,
    [property: Id(3)] DateOnly AssessedOn,
    [property: Id(4)] string EvidenceRef)
{
    /// <summary>The signed-in user who entered it (set by the grain from the command's actor).</summary>
    [Id(5)] public string? RecordedBy { get; init; }

    [Id(6)] public DateTimeOffset? RecordedAt { get; init; }
}

/// <summary>A breach deduction (違約扣款) in yuan, with its reason and the order or case it is for.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Contracts.BreachDeduction")]
public sealed record BreachDeduction(
    [property: Id(0)] string DeductionId,
    [property: Id(1)] string Period,
    [property: Id(2)] decimal Amount,
    [property: Id(3)] string Reason)
{
    /// <summary>The work order or incident the breach concerns, if any.</summary>
    [Id(4)] public string? Reference { get; init; }

    [Id(5)] public string? RecordedBy { get; init; }

    [Id(6)] public DateTimeOffset? RecordedAt { get; init; }
}

/// <summary>One factor of a score: its measured value (null when nothing was measured), the points it costs, and
/// the unit the value is in (<c>ratio</c>, <c>minutes</c>, <c>hours</c>, <c>count</c>, <c>rating</c>, <c>yuan</c>, <c>score</c>).</summary>
[GenerateSerializer, Immutable, Alias("Anju.Contracts.ScoreFactorResult")]
public sealed record ScoreFactorResult(
    [property: Id(0)] ScoreFactor Factor,
    [property: Id(1)] decimal? Value,
    [property: Id(2)] decimal Penalty,
    [property: Id(3)] string Unit);

/// <summary>The measured figures of one period (a calendar month, <c>yyyy-MM</c>, in the city's time).</summary>
[GenerateSerializer, Immutable, Alias("Anju.Contracts.ScorecardFigures")]
public sealed record ScorecardFigures(
    [property: Id(0)] int OrdersClosed,
    [property: Id(1)] int OrdersWithinSla,
    [property: Id(2)] int IncidentsClosed,
    [property: Id(3)] int IncidentsWithinSla,
    [property: Id(4)] double? ResponseMeanMinutes,
    [property: Id(5)] double? ResponseP90Minutes,
    [property: Id(6)] double? RepairMeanHours,
    [property: Id(7)] double? RepairP90Hours,
    [property: Id(8)] int RepeatFaults,
    [property: Id(9)] int PreventiveClosed,
    [property: Id(10)] int PreventiveOnTime,
    [property: Id(11)] int Ratings,
    [property: Id(12)] double? MeanRating,
    [property: Id(13)] decimal Deductions)
{
    public static ScorecardFigures Empty { get; } = new(0, 0, 0, 0, null, null, null, null, 0, 0, 0, 0, null, 0m);
}

/// <summary>A contract's live scorecard (the current period) as screens show it, on the live scope
/// <c>contract/{contractId}</c>. <see cref="BelowThreshold"/> flags it on the housing office's view with
/// <see cref="TopFactor"/>, the factor that costs most.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Contracts.ScorecardView")]
public sealed record ScorecardView(
    [property: Id(0)] string ContractId,
    [property: Id(1)] long Version,
    [property: Id(2)] string Period,
    [property: Id(3)] decimal Score,
    [property: Id(4)] decimal Threshold,
    [property: Id(5)] bool BelowThreshold,
    [property: Id(6)] ScoreFactor TopFactor,
    [property: Id(7)] IReadOnlyList<ScoreFactorResult> Factors,
    [property: Id(8)] ScorecardFigures Figures,
    [property: Id(9)] DateTimeOffset UpdatedAt)
{
    [Id(10)] public string? CompanyName { get; init; }

    [Id(11)] public string? CreditCode { get; init; }

    [Id(12)] public string? EstateId { get; init; }

    [Id(13)] public string? ZoneId { get; init; }

    [Id(14)] public ContractAssessment? Assessment { get; init; }
}

/// <summary>A closed period's result, kept so a trend can be read.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Contracts.ScorecardPeriod")]
public sealed record ScorecardPeriod(
    [property: Id(0)] string Period,
    [property: Id(1)] decimal Score,
    [property: Id(2)] ScoreFactor TopFactor,
    [property: Id(3)] ScorecardFigures Figures,
    [property: Id(4)] decimal? AssessmentScore);

/// <summary>The scorecard in full: the live view, every past period (oldest first), assessments and deductions.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Contracts.ScorecardSnapshot")]
public sealed record ScorecardSnapshot(
    [property: Id(0)] ScorecardView Current,
    [property: Id(1)] IReadOnlyList<ScorecardPeriod> History,
    [property: Id(2)] IReadOnlyList<ContractAssessment> Assessments,
    [property: Id(3)] IReadOnlyList<BreachDeduction> Deductions);

/// <summary>One order or case behind a factor (the drill-down): <see cref="Kind"/> is <c>order</c> or <c>incident</c>.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Contracts.ScoreEvidence")]
public sealed record ScoreEvidence(
    [property: Id(0)] ScoreFactor Factor,
    [property: Id(1)] string Kind,
    [property: Id(2)] string Id,
    [property: Id(3)] string EstateId,
    [property: Id(4)] DateTimeOffset At,
    [property: Id(5)] string Detail);

/// <summary>A contract's live scorecard (考核): fed by the work orders routed to its queue and the incidents assigned
/// to its company when they close, by the housing office's third-party assessments and breach deductions; scored
/// by a pure, configurable formula (docs/scorecard.md); one period per calendar month, each kept when it ends.
/// Publishes on <c>contract/{contractId}</c> and reports its score to the company pool. Key: <see cref="Keys.Scorecard"/>.</summary>
[Alias("Anju.Contracts.IContractScorecardGrain")]
public interface IContractScorecardGrain : IGrainWithStringKey
{
    /// <summary>A work order routed to this contract closed (a cancelled one is not counted); its rating, if the
    /// resident gave one, is <see cref="WorkOrderSummary.Rating"/>. Idempotent per order.</summary>
    Task RecordOrderAsync(WorkOrderSummary order);

    /// <summary>An incident assigned to this contract's company closed. Idempotent per incident.</summary>
    Task RecordIncidentAsync(IncidentSummary incident);

    /// <summary>Enters (or, for the same period and identical values, repeats harmlessly) a third-party assessment.
    /// <see cref="ValidationException"/> naming the field; a different assessment for a period already assessed is a
    /// <see cref="ConflictException"/>.</summary>
    Task<ScorecardView> RecordAssessmentAsync(ContractAssessment assessment, string actor);

    /// <summary>Records a breach deduction; repeating the same <see cref="BreachDeduction.DeductionId"/> is harmless.</summary>
    Task<ScorecardView> RecordDeductionAsync(BreachDeduction deduction, string actor);

    /// <summary>The contract changed (created, activated, suspended, ended): re-read its identity and status and
    /// report the line to the pool. Called by the contract grain; harmless to repeat.</summary>
    Task RefreshAsync();

    /// <summary>The live view of the current period.</summary>
    [ReadOnly, AlwaysInterleave]
    Task<ScorecardView> GetAsync();

    /// <summary>The live view, every kept period, assessments and deductions.</summary>
    [ReadOnly]
    Task<ScorecardSnapshot> GetDetailAsync();

    /// <summary>The orders and cases behind one factor of a period (newest first, at most 200).</summary>
    [ReadOnly]
    Task<IReadOnlyList<ScoreEvidence>> GetEvidenceAsync(string period, ScoreFactor factor);
}
