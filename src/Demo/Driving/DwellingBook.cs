namespace Anju.Demo.Driving;

/// <summary>All dwellings the driver knows, across estates.</summary>
public sealed class DwellingBook(int estates, IReadOnlyList<TrackedDwelling> dwellings)
{
    public int Estates { get; } = estates;

    public int Count => dwellings.Count;

    public TrackedDwelling Pick(Random random) => dwellings[random.Next(dwellings.Count)];
}
