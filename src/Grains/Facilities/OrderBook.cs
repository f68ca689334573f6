namespace Anju.Facilities;

/// <summary>The newest summary of each order (an older version never replaces a newer one); closed orders stay for
/// <c>keep</c> after they closed, then leave.</summary>
internal static class OrderBook
{
    /// <summary>True when the summary changed what is held.</summary>
    public static bool Take(Dictionary<string, WorkOrderSummary> orders, WorkOrderSummary summary, DateTimeOffset forgetClosedBefore)
    {
        ArgumentNullException.ThrowIfNull(orders);
        ArgumentNullException.ThrowIfNull(summary);
        if (orders.TryGetValue(summary.OrderId, out var held) && held.Version >= summary.Version)
        {
            return false;
        }

        orders[summary.OrderId] = summary;
        foreach (var old in orders.Values.Where(o => !o.IsOpen && o.ClosedAt < forgetClosedBefore).Select(o => o.OrderId).ToList())
        {
            orders.Remove(old);
        }

        return true;
    }

    /// <summary>The open corrective order of a facility for a code (a repeat report counts on it).</summary>
    public static WorkOrderSummary? OpenFault(IEnumerable<WorkOrderSummary> orders, string facilityId, string code) =>
        orders.FirstOrDefault(o => o.IsOpen && o.Kind == WorkOrderKind.Corrective && o.FacilityId == facilityId && o.Code == code);

    /// <summary>The open preventive order of a facility (one at a time).</summary>
    public static WorkOrderSummary? OpenPreventive(IEnumerable<WorkOrderSummary> orders, string facilityId) =>
        orders.FirstOrDefault(o => o.IsOpen && o.Kind == WorkOrderKind.Preventive && o.FacilityId == facilityId);
}
