namespace Anju.Casework;

/// <summary>A third-party agency's service contract (第三方機構服務合同, §3.2): who, which estates, for how long.
/// The housing office signs it; the agency's people are granted <c>Agency</c> on the contract (scope <c>Contract</c>, the
/// contract id), which reaches the estates it serves while its term runs.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Casework.AgencyContract")]
public sealed record AgencyContract(
    [property: Id(0)] string ContractId,
    [property: Id(1)] string AgencyName,
    [property: Id(2)] IReadOnlyList<string> EstateIds,
    [property: Id(3)] DateOnly Start,
    [property: Id(4)] DateOnly End)
{
    [Id(5)] public string CreatedBy { get; init; } = "";

    [Id(6)] public DateTimeOffset CreatedAt { get; init; }

    /// <summary>The district of each estate served (for list scoping), in <see cref="EstateIds"/> order.</summary>
    [Id(7)] public IReadOnlyList<string> Districts { get; init; } = [];

    /// <summary>What the monthly assessment holds the KPIs to, set when the contract is let (null on a contract stored
    /// before targets existed: <see cref="AgencyTargets.Default"/>).</summary>
    [Id(8)] public AgencyTargets? Targets { get; init; }
}

/// <summary>An agency contract's KPI targets: the share of rounds finished by their due day and of contacted arrears
/// later paid (at least), and the median days from papers received to a decision (at most).</summary>
[GenerateSerializer, Immutable, Alias("Anju.Casework.AgencyTargets")]
public sealed record AgencyTargets(
    [property: Id(0)] double OnTimeShare,
    [property: Id(1)] double PaidShare,
    [property: Id(2)] double IntakeDays)
{
    /// <summary>90 % of rounds on time, half of contacted arrears paid, a decision within 10 days of the papers.</summary>
    public static readonly AgencyTargets Default = new(0.9, 0.5, 10);
}

/// <summary>How a KPI did against its target; a KPI with nothing to measure is neither met nor missed.</summary>
[GenerateSerializer]
public enum KpiVerdict
{
    Met = 0,
    Missed = 1,
    NotMeasured = 2,
}

/// <summary>A month's overall grade: Good with no target missed, Fair with one, Poor with more; NotMeasured when no KPI
/// had anything to measure.</summary>
[GenerateSerializer]
public enum AgencyGrade
{
    Good = 0,
    Fair = 1,
    Poor = 2,
    NotMeasured = 3,
}

/// <summary>One KPI of an assessment: its value (null: nothing to measure), the target and the verdict.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Casework.KpiResult")]
public sealed record KpiResult(
    [property: Id(0)] string Kpi,
    [property: Id(1)] double? Value,
    [property: Id(2)] double Target,
    [property: Id(3)] KpiVerdict Verdict);

/// <summary>An agency's assessment for a month (考核): the KPIs against the contract's targets and the grade. A draft
/// until the housing office signs it off (<see cref="SignedBy"/>); the signed one is stored and no longer changes.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Casework.AgencyAssessment")]
public sealed record AgencyAssessment(
    [property: Id(0)] string ContractId,
    [property: Id(1)] string Month,
    [property: Id(2)] AgencyKpis Kpis,
    [property: Id(3)] AgencyTargets Targets,
    [property: Id(4)] IReadOnlyList<KpiResult> Results,
    [property: Id(5)] AgencyGrade Grade)
{
    [Id(6)] public string? SignedBy { get; init; }

    [Id(7)] public DateTimeOffset? SignedAt { get; init; }

    [Id(8)] public string? Note { get; init; }
}

/// <summary>An agency's KPIs for one month (考核): on-time rounds, chase outcomes, intake time. A figure with
/// nothing to measure is null, not 0.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Casework.AgencyKpis")]
public sealed record AgencyKpis(
    [property: Id(0)] string ContractId,
    [property: Id(1)] string Month,
    [property: Id(2)] int RoundsDue,
    [property: Id(3)] int RoundsOnTime,
    [property: Id(4)] double? OnTimeShare,
    [property: Id(5)] int DwellingsContacted,
    [property: Id(6)] int PaidAfterContact,
    [property: Id(7)] double? PaidShare,
    [property: Id(8)] int IntakesDecided,
    [property: Id(9)] double? MedianIntakeDays,
    [property: Id(10)] IReadOnlyDictionary<string, int> ChaseOutcomes);

/// <summary>The city's register of agency service contracts (key <see cref="Keys.AgencyBook"/>): the ids it knows (an
/// unknown id is a 404 without activating anything) and the contracts themselves.</summary>
[Alias("Anju.Casework.IAgencyBookGrain")]
public interface IAgencyBookGrain : IGrainWithStringKey
{
    /// <summary>Registers a contract; the same content again answers the same, other content under the id is a conflict.</summary>
    Task<AgencyContract> RegisterAsync(AgencyContract contract);

    [ReadOnly]
    Task<AgencyContract?> FindAsync(string contractId);

    [ReadOnly]
    Task<IReadOnlyList<AgencyContract>> ListAsync();

    /// <summary>Each estate a contract serves today (the city's day inside the contract's term, both ends included): what
    /// a grant on the contract reaches. The place directory reads it once per freshness interval, not per request.</summary>
    [ReadOnly]
    Task<IReadOnlyList<AgencyCover>> CoversAsync();
}

/// <summary>An estate served today by an agency contract.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Casework.AgencyCover")]
public sealed record AgencyCover([property: Id(0)] string EstateId, [property: Id(1)] string ContractId);

/// <summary>One agency service contract (key <see cref="Keys.AgencyContract"/>): the contract as signed and its KPIs per
/// month, computed from the queues of the estates it serves. Created through the <see cref="IAgencyBookGrain"/>.</summary>
[Alias("Anju.Casework.IAgencyContractGrain")]
public interface IAgencyContractGrain : IGrainWithStringKey
{
    /// <summary>Stores the contract; the same content again changes nothing, other content is a conflict.</summary>
    Task<AgencyContract> CreateAsync(AgencyContract contract);

    /// <summary>The contract; <see cref="NotFoundException"/> when never created.</summary>
    [ReadOnly]
    Task<AgencyContract> GetAsync();

    /// <summary>The KPIs of a month (<c>yyyy-MM</c>; null: the city's current month) over the estates served, counting
    /// only the agency's own records inside the contract's term.</summary>
    [ReadOnly]
    Task<AgencyKpis> GetKpisAsync(string? month);

    /// <summary>The month's assessment: the signed one when stored, else a draft computed now.</summary>
    [ReadOnly]
    Task<AgencyAssessment> GetAssessmentAsync(string? month);

    /// <summary>Signs off (stores) a month's assessment, once the month is over in the city; signing it again with the same
    /// actor and note answers the stored one, anything else is a conflict.</summary>
    Task<AgencyAssessment> SignAssessmentAsync(string month, string actor, string? note);

    /// <summary>The signed assessments, newest month first.</summary>
    [ReadOnly]
    Task<IReadOnlyList<AgencyAssessment>> ListAssessmentsAsync();
}
