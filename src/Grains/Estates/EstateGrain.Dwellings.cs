using Anju.Contracts;
using Anju.Dwellings;

namespace Anju.Estates;

/// <summary>The estate's dwelling-wide commands: bulk onboarding, listing, contracts.</summary>
public sealed partial class EstateGrain
{
    public async Task<int> AddDwellingsAsync(IReadOnlyList<AddDwelling> commands)
    {
        ArgumentNullException.ThrowIfNull(commands);
        EnsureRegistered();
        // Validate the whole batch before creating anything.
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var planned = commands.Select(c => (Command: c, Placement: EstateStructureRules.Dwelling(S, c, residency.Value.Households, today))).ToList();
        if (planned.GroupBy(p => p.Command.DwellingId, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } duplicate)
        {
            throw new ValidationException("dwellingId", $"Dwelling '{duplicate.Key}' appears more than once.");
        }

        var creations = planned.Select(p =>
            GrainFactory.GetGrain<IDwellingGrain>(Keys.Dwelling(EstateId, p.Command.DwellingId)).CreateAsync(new CreateDwelling(
                EstateId, p.Command.DwellingId, p.Command.FloorArea, p.Placement.GridId,
                new DwellingAddress(p.Command.BuildingId, p.Command.Unit, p.Command.Floor, p.Command.Number.Trim()),
                p.Placement.Tenure)
            {
                InitialState = p.Command.InitialState,
                Household = p.Command.Household,
                LastReviewedOn = p.Command.LastReviewedOn,
            })).ToList();
        try
        {
            await Task.WhenAll(creations);
        }
        catch
        {
            // One dwelling refused (say, an existing one with other details): the others are created
            // and durable, so their grids must hold them before the refusal is reported.
            await JoinGridsAsync([.. creations.Where(t => t.IsCompletedSuccessfully).Select(t => t.Result)]);
            throw;
        }

        await JoinGridsAsync([.. creations.Select(t => t.Result)]);
        return creations.Count;
    }

    private Task JoinGridsAsync(IReadOnlyList<DwellingSnapshot> created) =>
        Task.WhenAll(created.GroupBy(d => d.GridId).Select(g => Grid(g.Key).AddDwellingsAsync([.. g.Select(DwellingView.SummaryOf)])));

    public async Task<(IReadOnlyList<DwellingSummary> Items, int Total)> ListDwellingsAsync(int skip, int take)
    {
        EnsureRegistered();
        var lists = await Task.WhenAll(S.Grids.Keys.Select(id => Grid(id).ListDwellingsAsync()));
        var all = lists.SelectMany(l => l).OrderBy(d => d.DwellingId, StringComparer.Ordinal).ToList();
        IReadOnlyList<DwellingSummary> page = [.. all.Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 0, 1000))];
        return (page, all.Count);
    }

    public async Task<EstateStructure> AttachContractAsync(ContractAttachment attachment)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        EnsureRegistered();
        var zoning = _grids.Values.SelectMany(g => g.Tenures.Where(t => t.Value > 0).Select(t => new DwellingZoning(g.ZoneId ?? "", t.Key)));
        EstateStructureRules.Attach(S, attachment, zoning);
        await CommitAsync(s => s.Contracts[attachment.ContractId] = attachment with { ZoneId = string.IsNullOrWhiteSpace(attachment.ZoneId) ? null : attachment.ZoneId });
        return Structure();
    }

    public async Task<EstateStructure> DetachContractAsync(string contractId)
    {
        EnsureRegistered();
        if (S.Contracts.ContainsKey(contractId))
        {
            await CommitAsync(s => s.Contracts.Remove(contractId));
        }

        return Structure();
    }
}
