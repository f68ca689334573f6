using Anju.Estates;

namespace Anju.Allocation;

/// <summary>Fair allocation (configuration section "Allocation"); see docs/allocation.md. The figures are configuration
/// with documented defaults, not the city's published thresholds.</summary>
public sealed class AllocationOptions
{
    /// <summary>How long a public list (公示) stays public before allocation from it may start (default 7 days).</summary>
    public TimeSpan PublicPeriod { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Eligibility criteria per tenure type; a type left out uses <see cref="EligibilityCriteria.Default"/>.</summary>
    public Dictionary<TenureType, EligibilityCriteria> Criteria { get; set; } = new()
    {
        [TenureType.PublicRental] = new() { MaxIncomeBand = IncomeBand.LowerMiddle },
        [TenureType.LowRent] = new() { MaxIncomeBand = IncomeBand.LowIncome, MaxHousingAreaPerPerson = 10 },
        [TenureType.Economy] = new() { MaxIncomeBand = IncomeBand.LowerMiddle },
        [TenureType.LimitedPrice] = new() { MaxIncomeBand = IncomeBand.Middle },
    };

    /// <summary>Priority categories, first ranks first (default: elderly living alone, disability, critical illness,
    /// veteran, model worker, relocated). A category left out gives no priority.</summary>
    public List<PriorityCategory> PriorityOrder { get; set; } = [];

    /// <summary>Points per household member, up to <see cref="MembersCounted"/> members (default 5, 6).</summary>
    public int PointsPerMember { get; set; } = 5;

    public int MembersCounted { get; set; } = 6;

    /// <summary>Points per year of residence in the city, up to <see cref="YearsCounted"/> years (default 1, 20).</summary>
    public int PointsPerResidenceYear { get; set; } = 1;

    public int YearsCounted { get; set; } = 20;

    /// <summary>Points for the income band: 低保 30, 低收入 20, lower-middle 10, otherwise 0 (defaults).</summary>
    public Dictionary<IncomeBand, int> IncomePoints { get; set; } = new()
    {
        [IncomeBand.MinimumLivingAllowance] = 30,
        [IncomeBand.LowIncome] = 20,
        [IncomeBand.LowerMiddle] = 10,
    };

    /// <summary>The priority order in force: the configured one, or the default when none is configured.</summary>
    public IReadOnlyList<PriorityCategory> Priorities => PriorityOrder.Count > 0 ? PriorityOrder
        : [PriorityCategory.ElderlyLivingAlone, PriorityCategory.Disability, PriorityCategory.CriticalIllness,
            PriorityCategory.Veteran, PriorityCategory.ModelWorker, PriorityCategory.Relocated];

    /// <summary>The criteria for a tenure type.</summary>
    public EligibilityCriteria For(TenureType tenure) => Criteria.TryGetValue(tenure, out var c) ? c : EligibilityCriteria.Default;

    /// <summary>Why these options cannot be used, or null when they can.</summary>
    public string? Problem() =>
        PublicPeriod < TimeSpan.FromSeconds(1) || PublicPeriod > TimeSpan.FromDays(90) ? "Allocation:PublicPeriod must be between 1 second and 90 days."
        : PointsPerMember is < 0 or > 100 || PointsPerResidenceYear is < 0 or > 100 ? "Allocation:PointsPerMember and PointsPerResidenceYear must be between 0 and 100."
        : MembersCounted is < 1 or > 20 || YearsCounted is < 1 or > 100 ? "Allocation:MembersCounted must be 1–20 and YearsCounted 1–100."
        : IncomePoints.Values.Any(p => p is < 0 or > 1000) ? "Allocation:IncomePoints must be between 0 and 1000."
        : PriorityOrder.Distinct().Count() != PriorityOrder.Count ? "Allocation:PriorityOrder must not repeat a category."
        : Criteria.Values.Select(c => c.Problem()).FirstOrDefault(p => p is not null);
}

/// <summary>Who may apply for one tenure type: income band at most <see cref="MaxIncomeBand"/>, at least
/// <see cref="MinResidenceYears"/> years of residence in the city, housing floor area now below
/// <see cref="MaxHousingAreaPerPerson"/> m² per person, at least <see cref="MinHouseholdSize"/> members.</summary>
public sealed class EligibilityCriteria
{
    public static readonly EligibilityCriteria Default = new();

    public IncomeBand MaxIncomeBand { get; set; } = IncomeBand.LowerMiddle;

    public int MinResidenceYears { get; set; } = 1;

    public double MaxHousingAreaPerPerson { get; set; } = 15;

    public int MinHouseholdSize { get; set; } = 1;

    public string? Problem() =>
        MinResidenceYears is < 0 or > 100 ? "Allocation:Criteria:*:MinResidenceYears must be between 0 and 100."
        : !double.IsFinite(MaxHousingAreaPerPerson) || MaxHousingAreaPerPerson is <= 0 or > 1000 ? "Allocation:Criteria:*:MaxHousingAreaPerPerson must be more than 0 and at most 1000."
        : MinHouseholdSize is < 1 or > 20 ? "Allocation:Criteria:*:MinHouseholdSize must be between 1 and 20."
        : null;
}
