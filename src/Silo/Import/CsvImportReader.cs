using System.Globalization;
using CsvHelper;

namespace Anju.Silo.Import;

/// <summary>
/// Streams an onboarding CSV (README.md) into an <see cref="ImportPlan"/> with CsvHelper: checks the header,
/// parses each row (errors name row and column) and checks that rows agree. Only the plan is kept, never the text.
/// Rows are the file's line numbers (the header is line 1), as an editor or a spreadsheet shows them.
/// </summary>
public static class CsvImportReader
{
    public static async Task<(ImportPlan Plan, List<RowError> Errors)> ReadAsync(Stream csv, Action<int>? rowRead = null, CancellationToken ct = default)
    {
        var errors = new List<RowError>();
        var plan = new ImportPlanBuilder(errors);
        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = true,
            TrimWhitespace = true,
            SkipEmptyLines = true,
            TrackLineNumbers = true,
            PoolStrings = true, // estate, grid and building cells repeat on every row of their dwellings
            FormatProvider = CultureInfo.InvariantCulture,
            OnMalformedRecord = bad => errors.Add(new RowError(Row(bad.LineNumber), "row", $"The row is not well-formed CSV ({bad.Reason}).")),
        };
        await using var reader = CsvReader.Create(csv, options, leaveOpen: true);
        try
        {
            await reader.ReadHeaderAsync(ct);
            if (Columns(reader.Headers, errors) is not { } columns)
            {
                return (plan.Plan, errors);
            }

            while (await reader.ReadAsync(ct))
            {
                var row = Row(reader.LineNumber);
                plan.Plan.Rows++;
                if (reader.FieldCount != columns.Count)
                {
                    errors.Add(new RowError(row, "row", $"The row has {reader.FieldCount} cells; the header has {columns.Count}."));
                }
                else
                {
                    var cells = new string[reader.FieldCount];
                    for (var i = 0; i < cells.Length; i++)
                    {
                        cells[i] = reader.GetString(i);
                    }

                    if (CsvRowParser.Parse(new CsvCells(row, cells, columns, errors)) is { } parsed)
                    {
                        plan.Add(parsed);
                    }
                }

                rowRead?.Invoke(plan.Plan.Rows);
            }
        }
        catch (CsvFormatException ex)
        {
            errors.Add(new RowError(Row(ex.LineNumber), "row", $"The file cannot be read as CSV from here on: {ex.Message}"));
        }

        if (plan.Plan.Rows == 0 && errors.Count == 0)
        {
            errors.Add(new RowError(1, "header", "The file has no dwelling rows: it needs a header row and one row per dwelling."));
        }

        return (plan.Plan, errors);
    }

    /// <summary>Column name → cell index; null (with errors) unless every column is there once and nothing else is.</summary>
    private static Dictionary<string, int>? Columns(IReadOnlyList<string> header, List<RowError> errors)
    {
        if (header.Count == 0)
        {
            errors.Add(new RowError(1, "header", "The file is empty: it needs a header row and one row per dwelling."));
            return null;
        }

        return CsvHeader.Columns(header, ImportColumns.All, ImportColumns.All.Except(ImportColumns.Optional), errors);
    }

    private static int Row(long line) => (int)Math.Clamp(line, 1, int.MaxValue);
}
