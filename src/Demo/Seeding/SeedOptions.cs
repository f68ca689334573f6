namespace Anju.Demo.Seeding;

/// <summary>What <c>seed</c> creates and how hard it pushes.</summary>
public sealed record SeedOptions(int Estates, int DwellingsPerEstate, int Seed, int Parallelism, bool Force);
