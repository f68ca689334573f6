using System.Globalization;
using Anju.Common;
using Microsoft.Extensions.Options;

namespace Anju.Casework;

/// <summary>Persisted state of an agency service contract (state name "agency-contract").</summary>
[GenerateSerializer, Alias("Anju.Casework.AgencyContractState")]
internal sealed class AgencyContractState
{
    [Id(0)] public AgencyContract? Contract { get; set; }

    /// <summary>The signed-off assessments by month (<c>yyyy-MM</c>).</summary>
    [Id(1)] public Dictionary<string, AgencyAssessment> Assessments { get; set; } = new(StringComparer.Ordinal);
}

/// <summary>One agency service contract (<see cref="IAgencyContractGrain"/>): the contract, its KPIs computed by
/// <see cref="AgencyKpiRules"/> from the logs of the estates it serves, and its monthly assessments
/// (<see cref="AgencyAssessmentRules"/>), stored once the housing office signs them off.</summary>
internal sealed class AgencyContractGrain(
    [PersistentState("agency-contract", StorageNames.Main)] IPersistentState<AgencyContractState> state,
    TimeProvider clock,
    IOptions<CaseworkOptions> options) : Grain, IAgencyContractGrain
{
    public async Task<AgencyContract> CreateAsync(AgencyContract contract)
    {
        var valid = AgencyContractRules.Validate(contract);
        if (state.State.Contract is { } existing && AgencyContractRules.Same(existing, valid))
        {
            return existing;
        }

        state.State.Contract = valid;
        await state.WriteStateAsync();
        return valid;
    }

    public Task<AgencyContract> GetAsync() => Task.FromResult(Contract);

    public async Task<AgencyKpis> GetKpisAsync(string? month)
    {
        var contract = Contract;
        var logs = await Task.WhenAll(contract.EstateIds.Select(e => GrainFactory.GetGrain<ICaseworkGrain>(Keys.Casework(e)).GetLogAsync()));
        return AgencyKpiRules.Compute(contract, FirstOf(month), logs, options.Value.CityDay);
    }

    public async Task<AgencyAssessment> GetAssessmentAsync(string? month)
    {
        var first = FirstOf(month);
        return state.State.Assessments.TryGetValue(Key(first), out var signed) ? signed : await DraftAsync(first);
    }

    public async Task<AgencyAssessment> SignAssessmentAsync(string month, string actor, string? note)
    {
        var first = AgencyKpiRules.Month(month);
        var by = Validate.Text("actor", actor, 100);
        if (state.State.Assessments.TryGetValue(Key(first), out var stored) && AgencyAssessmentRules.SameSignature(stored, by, note))
        {
            return stored;
        }

        if (!AgencyAssessmentRules.IsOver(first, Today))
        {
            throw new ValidationException("month", $"{Key(first)} is not over yet: a month is signed off once it has ended.");
        }

        var signed = await DraftAsync(first) with { SignedBy = by, SignedAt = clock.GetUtcNow(), Note = note };
        state.State.Assessments[signed.Month] = signed;
        await state.WriteStateAsync();
        return signed;
    }

    public Task<IReadOnlyList<AgencyAssessment>> ListAssessmentsAsync() =>
        Task.FromResult<IReadOnlyList<AgencyAssessment>>([.. state.State.Assessments.Values.OrderByDescending(a => a.Month, StringComparer.Ordinal)]);

    private async Task<AgencyAssessment> DraftAsync(DateOnly first) =>
        AgencyAssessmentRules.Assess(await GetKpisAsync(Key(first)), Contract.Targets ?? AgencyTargets.Default);

    private DateOnly Today => options.Value.CityDay(clock.GetUtcNow());

    private DateOnly FirstOf(string? month) => month is null ? new DateOnly(Today.Year, Today.Month, 1) : AgencyKpiRules.Month(month);

    private static string Key(DateOnly first) => first.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private AgencyContract Contract => state.State.Contract ?? throw Absent.Of(this, "agency contract", this.GetPrimaryKeyString());
}
