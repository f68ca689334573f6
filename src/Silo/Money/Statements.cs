using System.Globalization;
using System.Text;
using Anju.Money;
using ClosedXML.Excel;
using CsvHelper;

namespace Anju.Silo.Money;

/// <summary>A public-revenue account's month statement as a file for the finance bureau: CSV (CsvHelper, UTF-8 with a
/// byte-order mark so Excel reads the Chinese) and an Excel workbook (ClosedXML) with a summary sheet and an entries
/// sheet ending in a totals row. Headers are Chinese with the English name. The figures are the statement's own; the
/// files add no rounding. Column widths are set by hand: ClosedXML's AdjustToContents needs fonts Linux lacks.</summary>
public static class Statements
{
    public const string CsvType = "text/csv; charset=utf-8";
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The entries sheet's headers.</summary>
    public static readonly string[] EntryHeaders =
    [
        "日期 (Date)", "類型 (Kind)", "科目 (Category)", "摘要 (Description)", "憑證 (Reference)", "批准人 (Approver)",
        "收入 (Income)", "支出 (Spending)", "餘額 (Balance)",
    ];

    private static readonly CsvWriterOptions CsvOptions = new() { NewLine = "\r\n", FormatProvider = CultureInfo.InvariantCulture };

    public static async Task<byte[]> CsvAsync(AccountStatement statement, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(statement);
        using var output = new MemoryStream();
        output.Write(Encoding.UTF8.GetPreamble());
        await using (var csv = CsvWriter.Create(output, CsvOptions, leaveOpen: true))
        {
            foreach (var header in EntryHeaders)
            {
                csv.WriteField(header);
            }

            await csv.EndRecordAsync(ct);
            foreach (var e in statement.Entries)
            {
                foreach (var field in Row(e))
                {
                    csv.WriteField(field);
                }

                await csv.EndRecordAsync(ct);
            }
        }

        return output.ToArray();
    }

    public static byte[] Xlsx(AccountStatement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        using var book = new XLWorkbook();
        var summary = book.Worksheets.Add("摘要 Summary");
        var row = 1;
        void Line(string label, object value)
        {
            summary.Cell(row, 1).Value = label;
            summary.Cell(row, 2).Value = value switch { decimal d => d, _ => value.ToString() };
            row++;
        }

        Line("小區 (Estate)", statement.EstateId);
        Line("月份 (Month)", statement.Month);
        Line("期初餘額 (Opening)", statement.Opening);
        statement.Income.ToList().ForEach(c => Line($"收入 (Income): {c.Category}", c.Amount));
        Line("收入合計 (Income total)", statement.Income.Sum(c => c.Amount));
        statement.Spending.ToList().ForEach(c => Line($"支出 (Spending): {c.Category}", c.Amount));
        Line("支出合計 (Spending total)", statement.Spending.Sum(c => c.Amount));
        Line("期末餘額 (Closing)", statement.Closing);
        summary.Column(1).Width = 36;
        summary.Column(2).Width = 18;

        var entries = book.Worksheets.Add("明細 Entries");
        for (var c = 0; c < EntryHeaders.Length; c++)
        {
            entries.Cell(1, c + 1).Value = EntryHeaders[c];
            entries.Column(c + 1).Width = c == 3 ? 40 : 16;
        }

        var r = 2;
        foreach (var e in statement.Entries)
        {
            var fields = Row(e);
            for (var c = 0; c < 6; c++)
            {
                entries.Cell(r, c + 1).Value = fields[c];
            }

            entries.Cell(r, 7).Value = e.Kind == AccountEntryKind.Income ? e.Amount : 0m;
            entries.Cell(r, 8).Value = e.Kind == AccountEntryKind.Income ? 0m : e.Amount;
            entries.Cell(r, 9).Value = e.Balance;
            r++;
        }

        entries.Cell(r, 1).Value = "合計 (Total)";
        entries.Cell(r, 7).Value = statement.Entries.Where(e => e.Kind == AccountEntryKind.Income).Sum(e => e.Amount);
        entries.Cell(r, 8).Value = statement.Entries.Where(e => e.Kind != AccountEntryKind.Income).Sum(e => e.Amount);
        entries.Range(2, 7, r, 9).Style.NumberFormat.Format = "0.00";
        using var stream = new MemoryStream();
        book.SaveAs(stream);
        return stream.ToArray();
    }

    private static string[] Row(AccountEntry e) =>
    [
        e.On.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), e.Kind.ToString(), e.Category, e.Description, e.Reference ?? "", e.Approver ?? "",
        e.Kind == AccountEntryKind.Income ? Money(e.Amount) : "", e.Kind == AccountEntryKind.Income ? "" : Money(e.Amount), Money(e.Balance),
    ];

    private static string Money(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
