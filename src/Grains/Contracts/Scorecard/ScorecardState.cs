namespace Anju.Contracts.Scorecard;

/// <summary>Persisted state of a contract's scorecard (state name "scorecard"): who the contract is (read from it), the
/// running period and the one before (kept for late deliveries and the drill-down), the closed periods, the
/// assessments and the deductions.</summary>
[GenerateSerializer, Alias("Anju.Contracts.Scorecard.ScorecardState")]
internal sealed class ScorecardState
{
    [Id(0)] public ContractIdentity? Identity { get; set; }
    [Id(1)] public ScorePeriod Current { get; set; } = new();
    [Id(2)] public ScorePeriod? Previous { get; set; }
    [Id(3)] public List<ScorecardPeriod> History { get; set; } = [];
    [Id(4)] public List<ContractAssessment> Assessments { get; set; } = [];
    [Id(5)] public List<BreachDeduction> Deductions { get; set; } = [];
}

/// <summary>The contract as the scorecard names it.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Contracts.Scorecard.ContractIdentity")]
internal sealed record ContractIdentity(
    [property: Id(0)] string CompanyName,
    [property: Id(1)] string CreditCode,
    [property: Id(2)] string EstateId,
    [property: Id(3)] string? ZoneId,
    [property: Id(4)] ContractStatus Status);

/// <summary>What one period has measured so far: counts, latencies, evidence, and the orders and cases taken.</summary>
[GenerateSerializer, Alias("Anju.Contracts.Scorecard.ScorePeriod")]
internal sealed class ScorePeriod
{
    [Id(0)] public string Period { get; set; } = "";
    [Id(1)] public int OrdersClosed { get; set; }
    [Id(2)] public int OrdersWithinSla { get; set; }
    [Id(3)] public int IncidentsClosed { get; set; }
    [Id(4)] public int IncidentsWithinSla { get; set; }
    [Id(5)] public int RepeatFaults { get; set; }
    [Id(6)] public int PreventiveClosed { get; set; }
    [Id(7)] public int PreventiveOnTime { get; set; }
    [Id(8)] public int Ratings { get; set; }
    [Id(9)] public long RatingSum { get; set; }
    [Id(10)] public Latencies Response { get; set; } = new();
    [Id(11)] public Latencies Repair { get; set; } = new();

    /// <summary>The orders and cases behind the factors, oldest first, at most the configured number per factor.</summary>
    [Id(12)] public List<ScoreEvidence> Evidence { get; set; } = [];

    /// <summary>Order and incident ids taken (<c>order:…</c>, <c>incident:…</c>): a repeat delivery is harmless.</summary>
    [Id(13)] public HashSet<string> Seen { get; set; } = [];
}

/// <summary>Latencies of a period: every one counts in the mean (count and sum); the latest N are kept for the p90
/// (a ring: once full, each new one replaces the oldest).</summary>
[GenerateSerializer, Alias("Anju.Contracts.Scorecard.Latencies")]
internal sealed class Latencies
{
    [Id(0)] public int Count { get; set; }
    [Id(1)] public double Sum { get; set; }
    [Id(2)] public List<double> Samples { get; set; } = [];
}
