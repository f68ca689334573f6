using Anju.Demo.City;

namespace Anju.Demo.Seeding;

/// <summary>The city <c>seed</c> onboards, and whether to import it even when its first estate exists.</summary>
public sealed record SeedOptions(CityOptions City, bool Force);
