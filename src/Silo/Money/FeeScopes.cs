using Anju.Access;
using Anju.Common;
using Anju.Contracts;
using Anju.Errors;

namespace Anju.Silo.Money;

/// <summary>Where a contract's fees sit: where the contract serves (its estate and zone), reached by estate, zone,
/// street, district and city grants, and by that contract's own grant only (a company never reads another company's
/// fees in the same estate).</summary>
public static class FeeScopes
{
    public static readonly ScopeFrom Contract = ScopeFrom.Object("contract-fees:contractId", async (http, places) =>
    {
        var id = Validate.Id("contractId", ScopeFrom.Route(http, "contractId"));
        PropertyContractSnapshot contract;
        try
        {
            contract = await http.RequestServices.GetRequiredService<IGrainFactory>().GetGrain<IPropertyContractGrain>(Keys.Contract(id)).GetAsync();
        }
        catch (NotFoundException)
        {
            return null;
        }

        var estate = await places.EstateAsync(contract.Terms.EstateId);
        return estate is null ? null : estate with
        {
            ZoneId = contract.Terms.ZoneId,
            Contracts = [new ContractCover(id, contract.Terms.ZoneId)],
        };
    });
}
