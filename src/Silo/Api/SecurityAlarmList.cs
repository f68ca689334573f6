using Anju.Access;
using Anju.Districts;
using Anju.Estates;
using Anju.Security;

namespace Anju.Silo.Api;

/// <summary>City- or district-wide open alarms: the district rollups say which estates have any, and only
/// those desks are asked.</summary>
public static class SecurityAlarmList
{
    public static async Task<IReadOnlyList<EstateAlarm>> ListAsync(IGrainFactory grains, HttpContext http, string? district, int take = 200)
    {
        if (district is not null && !DistrictCodes.IsKnown(district))
        {
            throw new Errors.ValidationException("district", $"district must be one of {string.Join(", ", DistrictCodes.All.Keys)}.");
        }

        if (take is < 1 or > 1000)
        {
            throw new Errors.ValidationException("take", "take must be between 1 and 1000.");
        }

        IEnumerable<string> codes = district is null ? DistrictCodes.All.Keys : [district];
        var districts = await Task.WhenAll(codes.Select(c => grains.GetGrain<IDistrictGrain>(Keys.District(c)).GetStatusAsync()));
        var estates = await http.ReachedAsync(
            districts.SelectMany(d => d.Estates).Where(e => e.Security.ActiveAlarms > 0), Permission.ReadSecurity, e => e.EstateId, e => e.District);
        var lists = await Task.WhenAll(estates.Select(async e =>
            (await grains.GetGrain<IEstateSecurityGrain>(Keys.EstateSecurity(e.EstateId)).GetAlarmsAsync(false))
                .Select(a => new EstateAlarm(e.EstateId, e.Name, e.District, a))));
        return [.. lists.SelectMany(l => l).OrderByDescending(a => a.Alarm.Severity).ThenByDescending(a => a.Alarm.LastRaisedAt).Take(take)];
    }
}
