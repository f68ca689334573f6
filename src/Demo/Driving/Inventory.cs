using Anju.Demo.Api;
using Anju.Demo.Guangzhou;

namespace Anju.Demo.Driving;

/// <summary>
/// Finds what exists through the API. There is no "list estates" endpoint, so it walks the demo
/// ids in order (TH-0001, HZ-0001, …) until the first unknown one, and pages through each estate's dwellings.
/// </summary>
public static class Inventory
{
    private const int PageSize = 1000;

    public static async Task<(DwellingBook? Book, string? Problem)> LoadAsync(AnjuApi api, CancellationToken ct)
    {
        var dwellings = new List<TrackedDwelling>();
        var estates = 0;
        for (; ; estates++)
        {
            var (_, estateId) = EstateIds.At(estates);
            for (var skip = 0; ; skip += PageSize)
            {
                var page = await api.ListDwellingsAsync(estateId, skip, PageSize, ct);
                if (page.IsNotFound && skip == 0)
                {
                    return (new DwellingBook(estates, dwellings), null);
                }

                if (!page.IsSuccess)
                {
                    return (null, $"listing the dwellings of {estateId}: {page}");
                }

                dwellings.AddRange(page.Value!.Items.Select(d => new TrackedDwelling(estateId, d.DwellingId, d.State, d.Version)));
                if (page.Value.Items.Count == 0 || skip + PageSize >= page.Value.Total)
                {
                    break;
                }
            }
        }
    }
}
