namespace Anju.Demo.Driving;

/// <summary>All dwellings the driver knows, across estates.</summary>
public sealed class DwellingBook(int estates, IReadOnlyList<TrackedDwelling> dwellings)
{
    public int Estates { get; } = estates;

    public int Count => dwellings.Count;

    /// <summary>The estates that have dwellings, in order.</summary>
    public IReadOnlyList<string> EstateIds => [.. dwellings.Select(d => d.EstateId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    public TrackedDwelling Pick(Random random) => dwellings[random.Next(dwellings.Count)];

    /// <summary>Every dwelling, in the order listed.</summary>
    public IReadOnlyList<TrackedDwelling> All => dwellings;
}
