using Anju.Facilities;
using Microsoft.Extensions.Logging;

namespace Anju.Money;

/// <summary>The work order's one line to the public-revenue account: an order closed with a cost and a cost category is
/// a repair paid from its estate's account, so it is charged there (an order without a category is the company's cost
/// under its contract and is not). Answers whether nothing is left to deliver: false while the account could not be
/// reached, so the order's reminder keeps trying; the account charges an order once, whatever the repeats.</summary>
internal static class PublicAccountCharge
{
    public static async Task<bool> SendAsync(IGrainFactory grains, ILogger log, WorkOrderState state)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(state);
        if (state.Summary is not { Status: WorkOrderStatus.Closed, Cost: > 0 } order || string.IsNullOrWhiteSpace(state.CostCategory))
        {
            return true;
        }

        try
        {
            await grains.GetGrain<IPublicAccountGrain>(Keys.PublicAccount(order.EstateId)).ChargeClosedOrderAsync(order, state.CostCategory);
            return true;
        }
        catch (Exception ex) when (ex is Errors.ConflictException or Errors.ValidationException)
        {
            log.LogError(ex, "Work order {OrderId} was refused by its estate's public account; not retried", order.OrderId);
            return true;
        }
        catch (Exception ex)
        {
            log.LogWarning(ex, "Work order {OrderId} could not charge its estate's public account; the clock retries", order.OrderId);
            return false;
        }
    }
}
