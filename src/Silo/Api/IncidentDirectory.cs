using Anju.Common;
using Anju.Errors;
using Anju.Estates;
using Anju.Incidents;

namespace Anju.Silo.Api;

/// <summary>Finds cases across estates: one estate's book, a district's estates, or the whole city's. Lists are
/// merged newest first; each estate's book answers from memory, so a city-wide list costs one call per estate.</summary>
public static class IncidentDirectory
{
    /// <summary>The cases matching <paramref name="query"/> in the estate, else the district, else the city.</summary>
    public static async Task<IReadOnlyList<IncidentSummary>> FindAsync(IGrainFactory grains, Anju.Access.PlaceDirectory places, string? estateId, string? district, IncidentQuery query)
    {
        var estates = await EstatesAsync(grains, places, estateId, district);
        var lists = await Task.WhenAll(estates.Select(id => grains.GetGrain<IEstateIncidentsGrain>(Keys.EstateIncidents(id)).ListAsync(query)));
        return [.. lists.SelectMany(l => l).OrderByDescending(c => c.CreatedAt).ThenBy(c => c.IncidentId, StringComparer.Ordinal)];
    }

    private static async Task<IReadOnlyList<string>> EstatesAsync(IGrainFactory grains, Anju.Access.PlaceDirectory places, string? estateId, string? district)
    {
        if (!string.IsNullOrWhiteSpace(estateId))
        {
            Validate.Id("estate", estateId);
            return await places.IsRegisteredAsync(estateId) ? [estateId] : throw new NotFoundException("estate", estateId);
        }

        if (!string.IsNullOrWhiteSpace(district))
        {
            if (!DistrictCodes.IsKnown(district))
            {
                throw new ValidationException("district", $"district must be one of {string.Join(", ", DistrictCodes.All.Keys)}.");
            }

            return await DistrictEstatesAsync(grains, district);
        }

        var all = await Task.WhenAll(DistrictCodes.All.Keys.Select(code => DistrictEstatesAsync(grains, code)));
        return [.. all.SelectMany(e => e)];
    }

    private static async Task<IReadOnlyList<string>> DistrictEstatesAsync(IGrainFactory grains, string code) =>
        [.. (await grains.GetGrain<Districts.IDistrictGrain>(Keys.District(code)).GetStatusAsync()).Estates.Select(e => e.EstateId)];
}
