using Anju.Demo.Api;

namespace Anju.Demo.Driving;

/// <summary>
/// Residency records of lived-in dwellings, at a lower rate than occupancy: annual reviews (年審) received,
/// rent payments, and now and then a point deduction (扣分) for conduct.
/// </summary>
public sealed class ResidencyGenerator(AnjuApi api, DwellingBook book) : IEventGenerator
{
    private const int MaxPicks = 64;

    private static readonly string[] Reasons = ["NOISE", "LITTER", "PETS", "PARKING", "CORRIDOR-STORAGE", "LATE-RENT"];

    private static readonly WeightedChoice<string> Events = new(("review", 45), ("rent", 40), ("deduction", 15));

    public string Kind => "residency";

    public double Weight => 0.25;

    public PlannedEvent? Next(Random random)
    {
        for (var pick = 0; pick < MaxPicks; pick++)
        {
            var dwelling = book.Pick(random);
            if (dwelling.State is not (OccupancyState.Occupied or OccupancyState.ExitRequested) || !dwelling.TryClaim())
            {
                continue;
            }

            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            Func<CancellationToken, Task<ApiResult<DwellingSnapshot>>> send = Events.Pick(random) switch
            {
                "review" => ct => api.ReceiveAnnualReviewAsync(dwelling.EstateId, dwelling.DwellingId, new AnnualReviewReceived(today), ct),
                "rent" => Rent(dwelling, new RentPaid(today, random.Next(20, 90) * 10m)),
                _ => Deduction(dwelling, new PointDeduction(random.Next(1, 4), Reasons[random.Next(Reasons.Length)])),
            };
            return new PlannedEvent(Kind, dwelling.EstateId, ct => SendAsync(dwelling, send, ct));
        }

        return null;
    }

    private Func<CancellationToken, Task<ApiResult<DwellingSnapshot>>> Rent(TrackedDwelling d, RentPaid payment) =>
        ct => api.RecordRentPaymentAsync(d.EstateId, d.DwellingId, payment, ct);

    private Func<CancellationToken, Task<ApiResult<DwellingSnapshot>>> Deduction(TrackedDwelling d, PointDeduction deduction) =>
        ct => api.AddDeductionAsync(d.EstateId, d.DwellingId, deduction, ct);

    private static async Task<EventOutcome> SendAsync(TrackedDwelling dwelling, Func<CancellationToken, Task<ApiResult<DwellingSnapshot>>> send, CancellationToken ct)
    {
        try
        {
            var result = await send(ct);
            if (result.IsSuccess)
            {
                return EventOutcome.Ok with { Changes = dwelling.Update(result.Value!.State, result.Value.Version) };
            }

            var where = $"{dwelling.EstateId}/{dwelling.DwellingId}: {result}";
            return new EventOutcome(result.IsConflict ? EventResult.Conflict : EventResult.Failed, where);
        }
        finally
        {
            dwelling.Release();
        }
    }
}
