namespace Anju.Contracts.Pool;

/// <summary>Persisted state of the company pool (state name "company-pool"): the companies by credit code and every
/// contract's latest score line by contract id.</summary>
[GenerateSerializer, Alias("Anju.Contracts.Pool.CompanyPoolState")]
internal sealed class CompanyPoolState
{
    [Id(0)] public Dictionary<string, PoolCompany> Companies { get; set; } = new(StringComparer.Ordinal);
    [Id(1)] public Dictionary<string, ContractScoreLine> Lines { get; set; } = new(StringComparer.Ordinal);
}
