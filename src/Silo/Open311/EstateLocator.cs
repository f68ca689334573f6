using System.Collections.Concurrent;
using Anju.Districts;
using Anju.Estates;

namespace Anju.Silo.Open311;

/// <summary>Settings of placing Open311 reports that name no estate (section <c>Open311</c>).</summary>
public sealed class Open311Options
{
    /// <summary>A report made by position is placed at the nearest located estate no farther than this.</summary>
    public double PlaceWithinMetres { get; set; } = 1_000;

    /// <summary>How long the list of estates and their locations is used before it is read again.</summary>
    public TimeSpan LocatorRefresh { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>What is wrong with these options, naming the setting; null when nothing is (checked at start).</summary>
    public string? Problem() => Anju.Hosting.OptionsCheck.First(
        Anju.Hosting.OptionsCheck.Between("Open311:PlaceWithinMetres", PlaceWithinMetres, 1, 100_000),
        Anju.Hosting.OptionsCheck.Positive("Open311:LocatorRefresh", LocatorRefresh));
}

/// <summary>
/// Places a report as real Open311 clients send it, without Anju's estate id: by position, at the nearest located
/// estate within <see cref="Open311Options.PlaceWithinMetres"/>; by address, at the estate whose name the address
/// contains. The estates' names and locations are read from the city's estates and kept for a minute; a report that
/// falls to none has them read again (an estate located just now) before it is refused, unless a read that began
/// after the report arrived has already answered: an estate located before a report arrives is always found, and a
/// burst of unplaceable reports (rate-limited per key) shares its reads.
/// </summary>
public sealed class EstateLocator(IGrainFactory grains, Microsoft.Extensions.Options.IOptions<Open311Options> options, TimeProvider clock) : IDisposable
{
    private readonly SemaphoreSlim _reading = new(1, 1);
    private volatile Known _known = new([], DateTimeOffset.MinValue);

    /// <summary>The estate a report made at <paramref name="point"/> belongs to, or null when none is near enough.</summary>
    public async Task<string?> AtAsync(GeoPoint point)
    {
        var arrived = clock.GetUtcNow();
        var found = Nearest(await EstatesAsync(clock.GetUtcNow() - options.Value.LocatorRefresh), point)
            ?? Nearest(await EstatesAsync(arrived), point);
        return found?.EstateId;
    }

    /// <summary>The estate whose name the address contains (the longest name, when several do), or null.</summary>
    public async Task<string?> ByAddressAsync(string address)
    {
        var arrived = clock.GetUtcNow();
        static string? Match(IEnumerable<EstateProfile> estates, string address) => estates
            .Where(e => e.Name.Length >= 2 && address.Contains(e.Name, StringComparison.Ordinal))
            .OrderByDescending(e => e.Name.Length).ThenBy(e => e.EstateId, StringComparer.Ordinal)
            .Select(e => e.EstateId).FirstOrDefault();
        return Match(await EstatesAsync(clock.GetUtcNow() - options.Value.LocatorRefresh), address)
            ?? Match(await EstatesAsync(arrived), address);
    }

    private (string EstateId, double Metres)? Nearest(IEnumerable<EstateProfile> estates, GeoPoint point) =>
        GeoRules.Nearest(estates.Where(e => e.Location is not null).Select(e => (e.EstateId, e.Location!)), point, options.Value.PlaceWithinMetres);

    /// <summary>The estates as read by a read that began after <paramref name="notBefore"/>, reading them if none has.</summary>
    private async Task<IReadOnlyList<EstateProfile>> EstatesAsync(DateTimeOffset notBefore)
    {
        if (_known.ReadFrom > notBefore)
        {
            return _known.Estates;
        }

        await _reading.WaitAsync();
        try
        {
            if (_known.ReadFrom > notBefore)
            {
                return _known.Estates;
            }

            var readFrom = clock.GetUtcNow();
            var districts = await Task.WhenAll(DistrictCodes.All.Keys.Select(code => grains.GetGrain<IDistrictGrain>(Keys.District(code)).GetStatusAsync()));
            var profiles = new ConcurrentBag<EstateProfile>();
            await Parallel.ForEachAsync(districts.SelectMany(d => d.Estates), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (estate, _) =>
                profiles.Add((await grains.GetGrain<IEstateGrain>(Keys.Estate(estate.EstateId)).GetStatusAsync()).Profile));
            _known = new([.. profiles.OrderBy(p => p.EstateId, StringComparer.Ordinal)], readFrom);
            return _known.Estates;
        }
        finally
        {
            _reading.Release();
        }
    }

    public void Dispose() => _reading.Dispose();

    /// <summary>The estates as one read found them, and when that read began.</summary>
    private sealed record Known(IReadOnlyList<EstateProfile> Estates, DateTimeOffset ReadFrom);
}
