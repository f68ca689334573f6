namespace Anju.Silo.Import;

/// <summary>The answer to a good file: what it holds (all of it now stored) and how long the import took.</summary>
public sealed record ImportResult(int Estates, int Zones, int Grids, int Buildings, int Dwellings, long ElapsedMs);
