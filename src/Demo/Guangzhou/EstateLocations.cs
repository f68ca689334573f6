namespace Anju.Demo.Guangzhou;

/// <summary>
/// Where the demo's estates stand: around their district's centre, within about 3 km, the same for the same
/// position in every run (the jitter is hashed from the estate's index, not drawn from the seed), so Open311
/// reports made by position can be placed on a demo city.
/// </summary>
public static class EstateLocations
{
    /// <summary>Approximate centres of Guangzhou's districts (WGS-84).</summary>
    private static readonly IReadOnlyDictionary<string, (double Lat, double Long)> Centres = new Dictionary<string, (double, double)>(StringComparer.Ordinal)
    {
        ["TH"] = (23.1250, 113.3610), ["HZ"] = (23.0830, 113.3170), ["BY"] = (23.1580, 113.2730), ["PY"] = (22.9380, 113.3840),
        ["HP"] = (23.1060, 113.4590), ["LW"] = (23.1260, 113.2440), ["YX"] = (23.1290, 113.2670), ["HD"] = (23.4040, 113.2200),
        ["ZC"] = (23.2910, 113.8110), ["CH"] = (23.5480, 113.5870), ["NS"] = (22.8010, 113.5250),
    };

    /// <summary>The location of the estate at zero-based <paramref name="index"/>.</summary>
    public static (string EstateId, double Lat, double Long) At(int index)
    {
        var (district, estateId) = EstateIds.At(index);
        var (lat, lon) = Centres[district.Code];
        var hash = (uint)(index + 1) * 2654435761u; // Knuth's multiplicative hash: spread, repeatable
        var dLat = ((hash & 0xFFFF) / 65535.0 - 0.5) * 0.054;          // ±0.027° ≈ ±3 km
        var dLong = (((hash >> 16) & 0xFFFF) / 65535.0 - 0.5) * 0.058; // ±0.029° ≈ ±3 km at this latitude
        return (estateId, Math.Round(lat + dLat, 6), Math.Round(lon + dLong, 6));
    }
}
