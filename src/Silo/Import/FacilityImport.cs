using System.Diagnostics;
using Anju.Errors;
using Anju.Estates;
using Anju.Facilities;
using C = Anju.Silo.Import.FacilityColumns;

namespace Anju.Silo.Import;

/// <summary>What a good facility file held (all of it now stored): estates, facilities, and how many of those were new
/// or changed (0 on a re-import of the same file).</summary>
public sealed record FacilityImportResult(int Estates, int Facilities, int Registered, long ElapsedMs);

/// <summary>
/// Imports a facility register file (README.md) all or nothing: every row is parsed and checked against its estate
/// (it exists, the caller may manage its facilities, and the buildings, zones and grids it names are the estate's
/// own) before any estate's facilities are registered. Registering is an "identical repeat is harmless" command, so
/// importing the same file again changes nothing.
/// </summary>
public sealed class FacilityImport(IGrainFactory grains)
{
    /// <summary>Facilities sent to an estate's register in one call.</summary>
    public const int Batch = 500;

    /// <summary>Reads, checks and (when the whole file is good) registers; <paramref name="mayManage"/> throws (403)
    /// for an estate the caller may not manage.</summary>
    public async Task<(FacilityImportResult? Result, IReadOnlyList<RowError> Errors)> ImportAsync(
        Stream csv, Func<string, Task> mayManage, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(mayManage);
        var clock = Stopwatch.StartNew();
        var (rows, errors) = await FacilityCsvReader.ReadAsync(csv, ct);
        var estates = rows.GroupBy(r => r.EstateId, StringComparer.Ordinal).ToList();
        foreach (var estate in estates)
        {
            EstateStructure structure;
            try
            {
                structure = await grains.GetGrain<IEstateGrain>(Keys.Estate(estate.Key)).GetStructureAsync();
            }
            catch (NotFoundException)
            {
                errors.Add(new RowError(estate.First().Row, C.EstateId, $"No estate '{estate.Key}' is registered."));
                continue;
            }

            await mayManage(estate.Key);
            errors.AddRange(estate.SelectMany(r => Placed(r, structure)));
        }

        if (errors.Count > 0)
        {
            return (null, [.. errors.OrderBy(e => e.Row)]);
        }

        var registered = 0;
        foreach (var estate in estates)
        {
            var register = grains.GetGrain<IEstateFacilitiesGrain>(Keys.EstateFacilities(estate.Key));
            foreach (var chunk in estate.Select(r => r.Facility).Chunk(Batch))
            {
                ct.ThrowIfCancellationRequested();
                registered += await register.RegisterAsync(chunk);
            }
        }

        return (new FacilityImportResult(estates.Count, rows.Count, registered, clock.ElapsedMilliseconds), []);
    }

    /// <summary>The row's building, zone and grid are its estate's own, and a building's grid agrees with the row's.</summary>
    private static IEnumerable<RowError> Placed(FacilityRow r, EstateStructure structure)
    {
        var f = r.Facility;
        var building = f.BuildingId is null ? null : structure.Buildings.FirstOrDefault(b => b.BuildingId == f.BuildingId);
        if (f.BuildingId is not null && building is null)
        {
            yield return new RowError(r.Row, C.BuildingId, $"Estate {r.EstateId} has no building '{f.BuildingId}'.");
        }

        if (f.ZoneId is not null && structure.Zones.All(z => z.ZoneId != f.ZoneId))
        {
            yield return new RowError(r.Row, C.ZoneId, $"Estate {r.EstateId} has no zone '{f.ZoneId}'.");
        }

        if (f.GridId is not null && structure.Grids.All(g => g.GridId != f.GridId))
        {
            yield return new RowError(r.Row, C.GridId, $"Estate {r.EstateId} has no grid '{f.GridId}'.");
        }
        else if (f.GridId is not null && building is not null && building.GridId != f.GridId)
        {
            yield return new RowError(r.Row, C.GridId, $"Building '{building.BuildingId}' is in grid '{building.GridId}', not '{f.GridId}'.");
        }
    }
}
