using Anju.Demo.Api;

namespace Anju.Demo.Importing;

/// <summary>Prints the answer of an import: its counts, or the rows at fault.</summary>
public static class ImportReport
{
    private const int RowsShown = 25;

    public static int Print(ApiResult<ImportResult> answer, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (answer.IsSuccess)
        {
            var r = answer.Value!;
            Console.WriteLine($"Imported {r.Estates} estates, {r.Zones} zones, {r.Grids} grids, {r.Buildings} buildings, {r.Dwellings} dwellings " +
                $"in {r.ElapsedMs / 1000.0:F1} s on the silo ({r.Dwellings / Math.Max(r.ElapsedMs / 1000.0, 0.001):F0} dwellings/s), {elapsed.TotalSeconds:F1} s here.");
            return ExitCodes.Ok;
        }

        Console.Error.WriteLine($"Import failed ({answer}).");
        if (answer.Problem?.Rows is { Count: > 0 } rows)
        {
            foreach (var row in rows.Take(RowsShown))
            {
                Console.Error.WriteLine($"  row {row.Row}, {row.Field}: {row.Message}");
            }

            var total = answer.Problem.ErrorCount ?? rows.Count;
            if (total > RowsShown)
            {
                Console.Error.WriteLine($"  … and {total - RowsShown} more.");
            }
        }

        return answer.Status == 0 ? ExitCodes.Unreachable : ExitCodes.Failed;
    }
}
