namespace Anju.Demo.City;

/// <summary>Counts of what a generated file holds, gathered while it is written.</summary>
public sealed class CityStats
{
    private readonly HashSet<string> _estates = new(StringComparer.Ordinal);
    private readonly HashSet<(string, string)> _zones = [];
    private readonly HashSet<(string, string)> _grids = [];
    private readonly HashSet<(string, string)> _buildings = [];

    public int Estates => _estates.Count;

    public int Zones => _zones.Count;

    public int Grids => _grids.Count;

    public int Buildings => _buildings.Count;

    public int Dwellings { get; private set; }

    public int Households { get; private set; }

    public long Bytes { get; set; }

    public void Add(CityRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        _estates.Add(row.EstateId);
        if (row.ZoneId is { } zone)
        {
            _zones.Add((row.EstateId, zone));
        }

        _grids.Add((row.EstateId, row.GridId));
        _buildings.Add((row.EstateId, row.BuildingId));
        Dwellings++;
        Households += row.Household is null ? 0 : 1;
    }

    public override string ToString() =>
        $"{Estates} estates, {Zones} zones, {Grids} grids, {Buildings} buildings, {Dwellings} dwellings ({Households} households), {Bytes / 1e6:F1} MB";
}
