using Microsoft.Extensions.Options;

namespace Anju.Casework;

/// <summary>Persisted state of the city's agency-contract register (state name "agency-book").</summary>
[GenerateSerializer, Alias("Anju.Casework.AgencyBookState")]
internal sealed class AgencyBookState
{
    [Id(0)] public Dictionary<string, AgencyContract> Contracts { get; set; } = new(StringComparer.Ordinal);
}

/// <summary>The city's register of agency service contracts (<see cref="IAgencyBookGrain"/>). A contract is created on its
/// own grain first and then listed here, so a listed id always has its contract; a retry after a failure between the two
/// finds the contract's grain answering the same.</summary>
internal sealed class AgencyBookGrain(
    [PersistentState("agency-book", StorageNames.Main)] IPersistentState<AgencyBookState> state,
    TimeProvider clock,
    IOptions<CaseworkOptions> options) : Grain, IAgencyBookGrain
{
    public async Task<AgencyContract> RegisterAsync(AgencyContract contract)
    {
        var valid = AgencyContractRules.Validate(contract);
        if (state.State.Contracts.TryGetValue(valid.ContractId, out var existing) && AgencyContractRules.Same(existing, valid))
        {
            return existing;
        }

        var created = await GrainFactory.GetGrain<IAgencyContractGrain>(Keys.AgencyContract(valid.ContractId)).CreateAsync(valid);
        state.State.Contracts[created.ContractId] = created;
        await state.WriteStateAsync();
        return created;
    }

    public Task<AgencyContract?> FindAsync(string contractId) => Task.FromResult(state.State.Contracts.GetValueOrDefault(contractId));

    public Task<IReadOnlyList<AgencyContract>> ListAsync() =>
        Task.FromResult<IReadOnlyList<AgencyContract>>([.. state.State.Contracts.Values.OrderBy(c => c.ContractId, StringComparer.Ordinal)]);

    public Task<IReadOnlyList<AgencyCover>> CoversAsync()
    {
        var today = options.Value.CityDay(clock.GetUtcNow());
        return Task.FromResult<IReadOnlyList<AgencyCover>>([.. state.State.Contracts.Values
            .Where(c => AgencyContractRules.InTerm(c, today))
            .SelectMany(c => c.EstateIds.Select(e => new AgencyCover(e, c.ContractId)))]);
    }
}
