using Anju.Estates;

namespace Anju.Silo.Import;

/// <summary>One estate as the file describes it: its registration and the commands that build it, in file order.</summary>
public sealed class EstateImport(int row, string estateId, RegisterEstate registration, GeoPoint? location = null)
{
    /// <summary>The first row of the estate.</summary>
    public int Row { get; } = row;

    public string EstateId { get; } = estateId;

    public RegisterEstate Registration { get; } = registration;

    /// <summary>Where the estate stands, when the file says; the import locates the estate after registering it.</summary>
    public GeoPoint? Location { get; } = location;

    public OrderedDictionary<string, Defined<DefineZone>> Zones { get; } = new(StringComparer.Ordinal);

    public OrderedDictionary<string, Defined<DefineGrid>> Grids { get; } = new(StringComparer.Ordinal);

    public OrderedDictionary<string, Defined<AddBuilding>> Buildings { get; } = new(StringComparer.Ordinal);

    public OrderedDictionary<string, Defined<AddDwelling>> Dwellings { get; } = new(StringComparer.Ordinal);
}
