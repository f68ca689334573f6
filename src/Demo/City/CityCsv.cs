using System.Globalization;
using Anju.Demo.Api;
using CsvHelper;

namespace Anju.Demo.City;

/// <summary>Writes onboarding rows as the CSV <c>POST /api/import</c> takes: UTF-8, comma-separated, LF line ends,
/// invariant numbers, <c>|</c>-separated special groups. The output depends on the rows only, byte for byte.</summary>
public static class CityCsv
{
    private static readonly CsvWriterOptions Options = new() { NewLine = "\n", FormatProvider = CultureInfo.InvariantCulture };

    public static async Task<CityStats> WriteAsync(Stream output, IEnumerable<CityRow> rows, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(rows);
        var stats = new CityStats();
        var start = output.CanSeek ? output.Position : 0;
        await using (var csv = CsvWriter.Create(output, Options, leaveOpen: true))
        {
            foreach (var column in CityColumns.All)
            {
                csv.WriteField(column);
            }

            await csv.EndRecordAsync(ct);
            foreach (var row in rows)
            {
                Write(csv, row);
                await csv.EndRecordAsync(ct);
                stats.Add(row);
            }
        }

        stats.Bytes = output.CanSeek ? output.Position - start : 0;
        return stats;
    }

    private static void Write(CsvWriter csv, CityRow r)
    {
        csv.WriteField(r.EstateId);
        csv.WriteField(r.EstateName);
        csv.WriteField(r.District);
        csv.WriteField(r.Street);
        csv.WriteField(Text(r.EstateFloorArea));
        csv.WriteField(r.ZoneId);
        csv.WriteField(r.ZoneName);
        csv.WriteField(r.GridId);
        csv.WriteField(r.GridName);
        csv.WriteField(r.BuildingId);
        csv.WriteField(r.BuildingName);
        csv.WriteField(Text(r.Floors));
        csv.WriteField(r.DwellingId);
        csv.WriteField(Text(r.Unit));
        csv.WriteField(Text(r.Floor));
        csv.WriteField(r.Number);
        csv.WriteField(Text(r.FloorArea));
        csv.WriteField(r.Tenure.ToString());
        csv.WriteField(r.OwnedShare?.ToString(CultureInfo.InvariantCulture));
        csv.WriteField(r.InitialState.ToString());
        csv.WriteField(r.Household is { } h ? Text(h.Size) : null);
        csv.WriteField(r.Household?.HeadOfHousehold);
        csv.WriteField(r.Household is { } g ? Groups(g.SpecialGroups) : null);
        csv.WriteField(r.Household?.SecondAddressRegistration.ToString());
        csv.WriteField(r.LastReviewedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    private static string Groups(SpecialGroups groups) =>
        string.Join('|', Enum.GetValues<SpecialGroups>().Where(g => g != SpecialGroups.None && groups.HasFlag(g)));

    private static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
