using Anju.Common;

namespace Anju.Casework;

/// <summary>Persisted state of an agency service contract (state name "agency-contract").</summary>
[GenerateSerializer, Alias("Anju.Casework.AgencyContractState")]
internal sealed class AgencyContractState
{
    [Id(0)] public AgencyContract? Contract { get; set; }
}

/// <summary>One agency service contract (<see cref="IAgencyContractGrain"/>): the contract, and its KPIs computed by
/// <see cref="AgencyKpiRules"/> from the logs of the estates it serves.</summary>
internal sealed class AgencyContractGrain(
    [PersistentState("agency-contract", StorageNames.Main)] IPersistentState<AgencyContractState> state) : Grain, IAgencyContractGrain
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

    public async Task<AgencyKpis> GetKpisAsync(string month)
    {
        var first = AgencyKpiRules.Month(month);
        var logs = await Task.WhenAll(Contract.EstateIds.Select(e => GrainFactory.GetGrain<ICaseworkGrain>(Keys.Casework(e)).GetLogAsync()));
        return AgencyKpiRules.Compute(Contract.ContractId, first, logs, at => DateOnly.FromDateTime(at.UtcDateTime));
    }

    private AgencyContract Contract => state.State.Contract ?? throw Absent.Of(this, "agency contract", this.GetPrimaryKeyString());
}
