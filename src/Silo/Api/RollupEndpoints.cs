using Anju.Access;
using Anju.Districts;
using Anju.Errors;
using Anju.Estates;

namespace Anju.Silo.Api;

/// <summary>City and district rollups: what the wall screens read.</summary>
public static class RollupEndpoints
{
    public static RouteGroupBuilder MapRollupEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/city", (IGrainFactory grains) => grains.GetGrain<ICityGrain>(Keys.City).GetStatusAsync())
            .Allow(Permission.ReadFigures, ScopeFrom.City).WithTags("Rollups").WithSummary("City totals and one entry per district.");
        api.MapGet("/districts/{code}", (string code, IGrainFactory grains) =>
            DistrictCodes.All.ContainsKey(code)
                ? grains.GetGrain<IDistrictGrain>(Keys.District(code)).GetStatusAsync()
                : throw new NotFoundException("district", code))
            .Allow(Permission.ReadFigures, ScopeFrom.District()).WithTags("Rollups").WithSummary("A district's totals and its estates.");
        api.MapGet("/estates", async (IGrainFactory grains, HttpContext http, string? district, int skip = 0, int take = 100) =>
            {
                if (take is < 1 or > 1000)
                {
                    throw new ValidationException("take", "take must be between 1 and 1000.");
                }

                if (skip < 0)
                {
                    throw new ValidationException("skip", "skip must not be negative.");
                }

                if (district is not null && !DistrictCodes.IsKnown(district))
                {
                    throw new ValidationException("district", $"district must be one of {string.Join(", ", DistrictCodes.All.Keys)}.");
                }

                IEnumerable<string> codes = district is null ? DistrictCodes.All.Keys.Order(StringComparer.Ordinal) : [district];
                var statuses = await Task.WhenAll(codes.Select(c => grains.GetGrain<IDistrictGrain>(Keys.District(c)).GetStatusAsync()));
                var all = await http.ReachedAsync(statuses.SelectMany(s => s.Estates), Permission.ReadFigures, e => e.EstateId, e => e.District);
                return new Page<EstateSummary>([.. all.Skip(skip).Take(take)], skip, take, all.Count);
            })
            .Allow(Permission.ReadFigures, ScopeFrom.Rows("estates"))
            .WithTags("Estates").WithSummary("A page of the estates in the caller's scope (optionally of one district) with their occupancy.");
        return api;
    }
}
