namespace Anju.Contracts;

/// <summary>A company's place in the candidate pool (物業服務企業備選庫).</summary>
[GenerateSerializer]
public enum PoolStanding
{
    /// <summary>In the pool: may be a tender candidate.</summary>
    Admitted,

    /// <summary>Suspended from tenders (e.g. after a failed assessment), with a reason.</summary>
    Suspended,

    /// <summary>Removed from the pool, with a reason.</summary>
    Removed,
}

/// <summary>A company in the pool: identity, standing, since when and why, and the qualification it was admitted on.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Contracts.PoolCompany")]
public sealed record PoolCompany(
    [property: Id(0)] PropertyCompany Company,
    [property: Id(1)] PoolStanding Standing,
    [property: Id(2)] DateTimeOffset Since,
    [property: Id(3)] string Actor)
{
    [Id(4)] public string? Reason { get; init; }

    /// <summary>The qualification or admission reference (資質/入庫批次).</summary>
    [Id(5)] public string? Qualification { get; init; }
}

/// <summary>A contract's latest score as the pool keeps it, for the ranking.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Contracts.ContractScoreLine")]
public sealed record ContractScoreLine(
    [property: Id(0)] string ContractId,
    [property: Id(1)] string CreditCode,
    [property: Id(2)] string CompanyName,
    [property: Id(3)] string EstateId,
    [property: Id(4)] string? ZoneId,
    [property: Id(5)] string Period,
    [property: Id(6)] decimal Score,
    [property: Id(7)] bool BelowThreshold,
    [property: Id(8)] ScoreFactor TopFactor,
    [property: Id(9)] long Version)
{
    [Id(10)] public ContractStatus Status { get; init; }
}

/// <summary>A company with its contracts' scores across estates: the mean of its contracts' latest scores.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Contracts.PoolCompanyView")]
public sealed record PoolCompanyView(
    [property: Id(0)] PoolCompany Company,
    [property: Id(1)] IReadOnlyList<ContractScoreLine> Contracts,
    [property: Id(2)] decimal? MeanScore);

/// <summary>The pool and the city's contract ranking (lowest score first, so the ones to act on lead).</summary>
[GenerateSerializer, Immutable, Alias("Anju.Contracts.PoolView")]
public sealed record PoolView(
    [property: Id(0)] long Version,
    [property: Id(1)] IReadOnlyList<PoolCompanyView> Companies,
    [property: Id(2)] IReadOnlyList<ContractScoreLine> Ranking);

/// <summary>The tender (or exemption) by which a contract was let: the candidates drawn from the pool, the winner,
/// and for an exemption its reason. Recorded on the contract when it is created.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Contracts.TenderRecord")]
public sealed record TenderRecord(
    [property: Id(0)] IReadOnlyList<string> CandidateCodes,
    [property: Id(1)] DateOnly DecidedOn,
    [property: Id(2)] string Reference);

/// <summary>The city's pool of property-service companies (物業服務企業備選庫, §6.1) and the ranking of every contract
/// by its latest score. One grain (<see cref="Keys.CompanyPool"/>): a city has hundreds of companies, not millions.</summary>
[Alias("Anju.Contracts.ICompanyPoolGrain")]
public interface ICompanyPoolGrain : IGrainWithStringKey
{
    /// <summary>Admits a company (or re-admits a suspended one). Repeating the same admission is harmless.</summary>
    Task<PoolCompany> AdmitAsync(PropertyCompany company, string? qualification, string actor);

    /// <summary>Suspends or removes a company, with a reason. <see cref="NotFoundException"/> when never admitted.</summary>
    Task<PoolCompany> SetStandingAsync(string creditCode, PoolStanding standing, string reason, string actor);

    /// <summary>Checks a tender's candidates and winner: every candidate admitted, the winner among them, at least the
    /// configured number of candidates. Throws <see cref="ValidationException"/> naming the field (<c>tender.candidates</c>,
    /// <c>company.creditCode</c>).</summary>
    [ReadOnly]
    Task CheckTenderAsync(PropertyCompany winner, TenderRecord tender);

    /// <summary>Checks that a company drawn without a tender (a selection with an exemption reason) is admitted.
    /// Throws <see cref="ValidationException"/> naming <c>company.creditCode</c>.</summary>
    [ReadOnly]
    Task CheckAdmittedAsync(string creditCode);

    /// <summary>A contract's score changed (newest version wins), or its status did.</summary>
    [AlwaysInterleave]
    Task ReportScoreAsync(ContractScoreLine line);

    /// <summary>The pool and the ranking.</summary>
    [ReadOnly, AlwaysInterleave]
    Task<PoolView> GetAsync();

    /// <summary>One company; <see cref="NotFoundException"/> when not in the pool.</summary>
    [ReadOnly]
    Task<PoolCompanyView> GetCompanyAsync(string creditCode);
}
