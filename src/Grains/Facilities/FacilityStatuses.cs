namespace Anju.Facilities;

/// <summary>A facility's live status: the worst impact of its open orders, or worse when an operator set it by hand.
/// Setting it back to in service by hand leaves it to its orders again.</summary>
internal static class FacilityStatuses
{
    public static FacilityStatus Worst(FacilityStatus a, FacilityStatus b) => a >= b ? a : b;

    /// <summary>The status from orders alone.</summary>
    public static FacilityStatus FromOrders(IEnumerable<WorkOrderSummary> orders, string facilityId) =>
        orders.Where(o => o.IsOpen && o.FacilityId == facilityId).Select(o => o.Impact).DefaultIfEmpty(FacilityStatus.InService).Max();

    /// <summary>Recomputes every facility's status, moving its since-when only when it changes. True when any changed.</summary>
    public static bool Recompute(EstateFacilitiesState state, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        var worst = new Dictionary<string, FacilityStatus>(StringComparer.Ordinal);
        foreach (var o in state.Orders.Values.Where(o => o.IsOpen))
        {
            worst[o.FacilityId] = Worst(worst.GetValueOrDefault(o.FacilityId), o.Impact);
        }

        var changed = false;
        foreach (var (id, entry) in state.Register.ToList())
        {
            var status = Worst(worst.GetValueOrDefault(id), entry.Manual ?? FacilityStatus.InService);
            if (status != entry.Status)
            {
                state.Register[id] = entry with { Status = status, Since = now };
                changed = true;
            }
        }

        return changed;
    }

    /// <summary>An operator's status: worse than the orders say holds until set back; in service clears it.</summary>
    public static void SetByHand(EstateFacilitiesState state, string facilityId, FacilityStatus status, string reason, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        var entry = state.Register.GetValueOrDefault(facilityId) ?? throw new NotFoundException("facility", facilityId);
        if (!Enum.IsDefined(status))
        {
            throw new ValidationException("status", $"status must be one of {string.Join(", ", Enum.GetNames<FacilityStatus>())}.");
        }

        state.Register[facilityId] = entry with
        {
            Manual = status == FacilityStatus.InService ? null : status,
            ManualReason = status == FacilityStatus.InService ? null : reason,
        };
        Recompute(state, now);
    }
}
