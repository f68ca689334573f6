namespace Anju.Casework;

/// <summary>A third-party agency's service contract (第三方機構服務合同, §3.2): who, which estates, for how long.
/// The housing office signs it; the agency's people are granted <c>Agency</c> on the district or estates it serves.</summary>
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
}

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

    /// <summary>The KPIs of a month (<c>yyyy-MM</c>) over the estates served.</summary>
    [ReadOnly]
    Task<AgencyKpis> GetKpisAsync(string month);
}
