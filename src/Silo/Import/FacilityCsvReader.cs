using System.Globalization;
using Anju.Common;
using Anju.Errors;
using Anju.Facilities;
using CsvHelper;
using C = Anju.Silo.Import.FacilityColumns;

namespace Anju.Silo.Import;

/// <summary>One facility read from the file, with its estate and the line it came from.</summary>
public sealed record FacilityRow(int Row, string EstateId, Facility Facility);

/// <summary>
/// Reads a facility register CSV (README.md) with CsvHelper: checks the header, parses each row (errors name the line
/// and the column) and checks that rows agree (a facility or a device id once per estate). Whether each estate exists
/// and holds the buildings, zones and grids named is <see cref="FacilityImport"/>'s check.
/// </summary>
public static class FacilityCsvReader
{
    public static async Task<(List<FacilityRow> Rows, List<RowError> Errors)> ReadAsync(Stream csv, CancellationToken ct = default)
    {
        var errors = new List<RowError>();
        var rows = new List<FacilityRow>();
        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = true,
            TrimWhitespace = true,
            SkipEmptyLines = true,
            TrackLineNumbers = true,
            FormatProvider = CultureInfo.InvariantCulture,
            OnMalformedRecord = bad => errors.Add(new RowError(Row(bad.LineNumber), "row", $"The row is not well-formed CSV ({bad.Reason}).")),
        };
        await using var reader = CsvReader.Create(csv, options, leaveOpen: true);
        try
        {
            await reader.ReadHeaderAsync(ct);
            if (CsvHeader.Columns(reader.Headers, C.All, C.Required, errors) is not { } columns)
            {
                return (rows, errors);
            }

            while (await reader.ReadAsync(ct))
            {
                var row = Row(reader.LineNumber);
                if (reader.FieldCount != reader.Headers.Count)
                {
                    errors.Add(new RowError(row, "row", $"The row has {reader.FieldCount} cells; the header has {reader.Headers.Count}."));
                    continue;
                }

                var cells = new string[reader.FieldCount];
                for (var i = 0; i < cells.Length; i++)
                {
                    cells[i] = reader.GetString(i);
                }

                if (Parse(new CsvCells(row, cells, columns, errors)) is { } parsed)
                {
                    rows.Add(parsed);
                }
            }
        }
        catch (CsvFormatException ex)
        {
            errors.Add(new RowError(Row(ex.LineNumber), "row", $"The file cannot be read as CSV from here on: {ex.Message}"));
        }

        if (rows.Count == 0 && errors.Count == 0)
        {
            errors.Add(new RowError(1, "header", "The file has no facility rows: it needs a header row and one row per facility."));
        }

        Agree(rows, errors);
        return (rows, errors);
    }

    private static FacilityRow? Parse(CsvCells c)
    {
        var estateId = Id(c, C.EstateId, required: true);
        var facility = new Facility(
            Id(c, C.FacilityId, required: true)!, c.Enum<FacilityType>(C.Type), Text(c, C.Name, required: true)!,
            Id(c, C.BuildingId), Id(c, C.ZoneId), Id(c, C.GridId))
        {
            DeviceId = Id(c, C.DeviceId),
            Location = Text(c, C.Location),
            ManagingUnit = Text(c, C.ManagingUnit),
            InstalledOn = c.OptionalDate(C.InstalledOn),
        };
        return c.Failed ? null : new FacilityRow(c.Row, estateId!, facility);
    }

    /// <summary>A facility id, and a device id, once per estate: a second row would silently replace the first.</summary>
    private static void Agree(List<FacilityRow> rows, List<RowError> errors)
    {
        var facilities = new Dictionary<(string, string), int>();
        var devices = new Dictionary<(string, string), int>();
        foreach (var r in rows)
        {
            if (!facilities.TryAdd((r.EstateId, r.Facility.FacilityId), r.Row))
            {
                errors.Add(new RowError(r.Row, C.FacilityId, $"Facility '{r.Facility.FacilityId}' of {r.EstateId} is already on row {facilities[(r.EstateId, r.Facility.FacilityId)]}."));
            }

            if (r.Facility.DeviceId is { } device && !devices.TryAdd((r.EstateId, device), r.Row))
            {
                errors.Add(new RowError(r.Row, C.DeviceId, $"Device '{device}' of {r.EstateId} is already on row {devices[(r.EstateId, device)]}."));
            }
        }
    }

    private static string? Id(CsvCells c, string column, bool required = false)
    {
        if (c.IsEmpty(column))
        {
            return required ? c.Fail<string?>(column, $"{column} is required.", null) : null;
        }

        try
        {
            return Validate.Id(column, c.Text(column));
        }
        catch (ValidationException ex)
        {
            return c.Fail<string?>(column, ex.Message, null);
        }
    }

    private static string? Text(CsvCells c, string column, bool required = false)
    {
        if (c.IsEmpty(column))
        {
            return required ? c.Fail<string?>(column, $"{column} is required.", null) : null;
        }

        try
        {
            return Validate.Text(column, c.Text(column));
        }
        catch (ValidationException ex)
        {
            return c.Fail<string?>(column, ex.Message, null);
        }
    }

    private static int Row(long line) => (int)Math.Clamp(line, 1, int.MaxValue);
}
