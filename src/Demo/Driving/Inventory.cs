using Anju.Demo.Api;

namespace Anju.Demo.Driving;

/// <summary>Finds what exists through the API: every estate (<c>GET /api/estates</c>), then each estate's dwellings, page by page.</summary>
public static class Inventory
{
    private const int PageSize = 1000;

    public static async Task<(DwellingBook? Book, string? Problem)> LoadAsync(AnjuApi api, CancellationToken ct)
    {
        var estates = new List<string>();
        for (var skip = 0; ; skip += PageSize)
        {
            var page = await api.ListEstatesAsync(skip, PageSize, ct);
            if (!page.IsSuccess)
            {
                return (null, $"listing the estates: {page}");
            }

            estates.AddRange(page.Value!.Items.Select(e => e.EstateId));
            if (page.Value.Items.Count == 0 || skip + PageSize >= page.Value.Total)
            {
                break;
            }
        }

        var dwellings = new List<TrackedDwelling>();
        foreach (var estateId in estates)
        {
            for (var skip = 0; ; skip += PageSize)
            {
                var page = await api.ListDwellingsAsync(estateId, skip, PageSize, ct);
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

        return (new DwellingBook(estates.Count, dwellings), null);
    }
}
