using Anju.Access;
using Anju.Access.Identity;
using Anju.Common;
using Anju.Contracts;
using Anju.Dwellings;
using Anju.Errors;
using Anju.Facilities;
using Anju.Incidents;

namespace Anju.Silo.Access;

/// <summary>Where objects named by the route sit, read from the object itself: a case's estate and grid, a dwelling's
/// grid, a contract's estate and zone, a work order's estate, contract or office, a work queue's contract or district.</summary>
public static class ObjectScopes
{
    /// <summary>A case (<c>{incidentId}</c>): its estate, narrowed to its grid.</summary>
    public static readonly ScopeFrom Incident = ScopeFrom.Object("incident:incidentId", async (http, places) =>
    {
        var id = Validate.Id("incidentId", ScopeFrom.Route(http, "incidentId"));
        var summary = await Snapshot(http.RequestServices.GetRequiredService<IGrainFactory>().GetGrain<IIncidentGrain>(Keys.Incident(id)).GetAsync());
        var location = summary?.Summary.Location;
        return location is null ? null
            : location.GridId is { Length: > 0 } grid ? await places.GridAsync(location.EstateId, grid)
            : await places.EstateAsync(location.EstateId);
    });

    /// <summary>A dwelling (<c>{estateId}/{dwellingId}</c>): its estate; for a caller whose grants do not reach the whole
    /// estate, narrowed to the dwelling's grid (read from the dwelling).</summary>
    public static readonly ScopeFrom Dwelling = ScopeFrom.Object("dwelling:dwellingId", async (http, places) =>
    {
        var estateId = Validate.Id("estateId", ScopeFrom.Route(http, "estateId"));
        var dwellingId = Validate.Id("dwellingId", ScopeFrom.Route(http, "dwellingId"));
        var estate = await places.EstateAsync(estateId);
        if (estate is null || http.User.Grants().Any(g => GrantRules.Reaches(g, estate, whole: true)))
        {
            return estate;
        }

        var dwelling = await Snapshot(http.RequestServices.GetRequiredService<IGrainFactory>()
            .GetGrain<IDwellingGrain>(Keys.Dwelling(estateId, dwellingId)).GetAsync());
        return dwelling is { GridId.Length: > 0 } ? await places.GridAsync(estateId, dwelling.GridId) : estate;
    });

    /// <summary>A contract (<c>{contractId}</c>): the estate, and zone, it serves.</summary>
    public static readonly ScopeFrom Contract = ScopeFrom.Object("contract:contractId", async (http, places) =>
    {
        var id = Validate.Id("contractId", ScopeFrom.Route(http, "contractId"));
        var contract = await Snapshot(http.RequestServices.GetRequiredService<IGrainFactory>().GetGrain<IPropertyContractGrain>(Keys.Contract(id)).GetAsync());
        var estate = contract is null ? null : await places.EstateAsync(contract.Terms.EstateId);
        return estate is null || contract!.Terms.ZoneId is not { } zone ? estate : estate with { ZoneId = zone };
    });

    /// <summary>A contract (<c>{contractId}</c>) read together with its company: where it serves, and the contract itself,
    /// so the company's own contract grant reaches it (and no other contract's) — its scorecard.</summary>
    public static readonly ScopeFrom ContractWithCompany = ScopeFrom.Object("contract-company:contractId", async (http, places) =>
    {
        var id = Validate.Id("contractId", ScopeFrom.Route(http, "contractId"));
        var contract = await Snapshot(http.RequestServices.GetRequiredService<IGrainFactory>().GetGrain<IPropertyContractGrain>(Keys.Contract(id)).GetAsync());
        var estate = contract is null ? null : await places.EstateAsync(contract.Terms.EstateId);
        return estate is null ? null : estate with { ZoneId = contract!.Terms.ZoneId, Contracts = [new ContractCover(id, contract.Terms.ZoneId)] };
    });

    /// <summary>A work order (<c>{orderId}</c>) to read: its estate, narrowed to its grid, and the contract it is routed to
    /// whatever zone that serves (the company reads every order of its queue).</summary>
    public static readonly ScopeFrom WorkOrder = ScopeFrom.Object("work-order:orderId", async (http, places) =>
    {
        var order = await OrderAsync(http);
        var place = order is null ? null : await OrderPlaceAsync(order.Summary, places);
        return place is null || order!.Summary.Route.ContractId is not { } contract ? place
            : place with { Contracts = [.. place.Contracts, new ContractCover(contract, null)] };
    });

    /// <summary>A work order (<c>{orderId}</c>) to work on: only the contract it is routed to (and grants over its estate
    /// or district); an order in the housing office's queue, only the office's district.</summary>
    public static readonly ScopeFrom WorkOrderQueue = ScopeFrom.Object("work-order-queue:orderId", async (http, places) =>
    {
        var order = (await OrderAsync(http))?.Summary;
        if (order is null)
        {
            return null;
        }

        if (order.Route.ContractId is not { } contract)
        {
            return new Place(District: order.District);
        }

        var estate = await places.EstateAsync(order.EstateId);
        return estate is null ? null : estate with { Contracts = [new ContractCover(contract, null)] };
    });

    /// <summary>A work order (<c>{orderId}</c>) to verify, send back, close or cancel: its estate, narrowed to its grid.</summary>
    public static readonly ScopeFrom WorkOrderPlace = ScopeFrom.Object("work-order-estate:orderId", async (http, places) =>
        await OrderAsync(http) is { } order ? await OrderPlaceAsync(order.Summary, places) : null);

    /// <summary>A work queue (<c>{queueId}</c>): a contract's queue sits where the contract serves; the housing office's
    /// (<c>office-TH</c>) in its district.</summary>
    public static readonly ScopeFrom WorkQueue = ScopeFrom.Object("work-queue:queueId", async (http, places) =>
    {
        var id = ScopeFrom.Route(http, "queueId");
        if (id.StartsWith(OfficePrefix, StringComparison.Ordinal))
        {
            var district = id[OfficePrefix.Length..];
            return Anju.Estates.DistrictCodes.IsKnown(district) ? new Place(District: district) : null;
        }

        var contract = await Snapshot(http.RequestServices.GetRequiredService<IGrainFactory>()
            .GetGrain<IPropertyContractGrain>(Keys.Contract(Validate.Id("queueId", id))).GetAsync());
        var estate = contract is null ? null : await places.EstateAsync(contract.Terms.EstateId);
        // The queue is the contract's own, whether or not the estate lists it yet (attached seconds ago) or still (ended),
        // and only its own: another company's grant in the same estate (an estate-wide contract beside a zone's) does
        // not reach it; estate, zone, street, district and city grants do.
        return estate is null ? null : estate with
        {
            ZoneId = contract!.Terms.ZoneId,
            Contracts = [new ContractCover(id, contract.Terms.ZoneId)],
        };
    });

    /// <summary>The order the route names, read once per request (the scope and the handler share it).</summary>
    public static async Task<WorkOrderSnapshot?> OrderAsync(HttpContext http)
    {
        if (http.Items.TryGetValue(OrderKey, out var held) && held is WorkOrderSnapshot known)
        {
            return known;
        }

        var id = Validate.Id("orderId", ScopeFrom.Route(http, "orderId"));
        var order = await Snapshot(http.RequestServices.GetRequiredService<IGrainFactory>().GetGrain<IWorkOrderGrain>(Keys.WorkOrder(id)).GetAsync());
        http.Items[OrderKey] = order;
        return order;
    }

    private const string OrderKey = "anju.work-order";

    /// <summary>The housing office queue ids (<see cref="WorkOrderRoute.OfficeQueue"/>).</summary>
    private const string OfficePrefix = "office-";

    private static async ValueTask<Place?> OrderPlaceAsync(WorkOrderSummary order, PlaceDirectory places) =>
        order.GridId is { Length: > 0 } grid ? await places.GridAsync(order.EstateId, grid) : await places.EstateAsync(order.EstateId);

    private static async Task<T?> Snapshot<T>(Task<T> read)
        where T : class
    {
        try
        {
            return await read;
        }
        catch (NotFoundException)
        {
            return null;
        }
    }
}
