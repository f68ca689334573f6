namespace Anju.Demo.City;

/// <summary>What <c>generate</c> makes: how many estates and dwellings, from which seed, as of which day
/// (review dates count back from it). The same options give a byte-identical file.</summary>
public sealed record CityOptions(int Estates, int Dwellings, int Seed, DateOnly AsOf)
{
    public const int DefaultEstates = 100;
    public const int DefaultDwellings = 150_000;
}
