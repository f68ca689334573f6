namespace Anju.Silo.Import;

/// <summary>Everything a file asks for, grouped by estate in file order.</summary>
public sealed class ImportPlan
{
    public OrderedDictionary<string, EstateImport> Estates { get; } = new(StringComparer.Ordinal);

    /// <summary>Data rows read (the header not counted).</summary>
    public int Rows { get; set; }

    public int Dwellings => Estates.Values.Sum(e => e.Dwellings.Count);

    /// <summary>What the file holds, as the import answers it.</summary>
    public ImportResult Result(long elapsedMs) => new(
        Estates.Count,
        Estates.Values.Sum(e => e.Zones.Count),
        Estates.Values.Sum(e => e.Grids.Count),
        Estates.Values.Sum(e => e.Buildings.Count),
        Dwellings,
        elapsedMs);
}
