using System.Globalization;
using Anju.Money;
using ClosedXML.Excel;
using CsvHelper;

namespace Anju.Silo.Money;

/// <summary>A contract month's fee report for the housing office and the finance bureau: CSV (the lines and a totals
/// row) and an Excel workbook (a summary sheet, and the lines with a totals row). Headers are Chinese with the English
/// name; every total is the sum of the lines above it. The special-group category is never written: only the payer.</summary>
public static class FeeReports
{
    /// <summary>The lines' columns: header, value of a line.</summary>
    private static readonly (string Header, Func<FeeLine, object> Value)[] Columns =
    [
        ("住房 Dwelling", l => l.DwellingId),
        ("網格 Grid", l => l.GridId ?? ""),
        ("面積(㎡) FloorArea", l => l.FloorArea),
        ("繳費人 Payer", l => PayerName(l.Payer)),
        ("物業費 Fee", l => l.Fee),
        ("住戶應繳 PayerShare", l => l.PayerShare),
        ("補貼 Subsidy", l => l.Subsidy),
        ("上月結轉欠費 BroughtForward", l => l.BroughtForward),
        ("結轉暫扣補貼 SubsidyWithheldForward", l => l.SubsidyWithheldForward),
        ("已繳 Paid", l => l.Paid),
        ("已撥補貼 SubsidyReleased", l => l.SubsidyReleased),
        ("欠繳 Outstanding", l => l.Outstanding),
        ("暫扣補貼 SubsidyWithheld", l => l.SubsidyWithheld),
    ];

    /// <summary>The totals row: the sum of each money column (the floor area's too), text columns left empty.</summary>
    private static object[] TotalsRow(IReadOnlyList<FeeLine> lines) =>
        [.. Columns.Select((c, i) => i == 0 ? "合計 Total" : Summed(i) ? lines.Sum(l => (decimal)c.Value(l)) : (object)"")];

    /// <summary>The columns that are amounts (and the floor area): all but dwelling, grid and payer.</summary>
    private static bool Summed(int column) => column is 2 or > 3;

    public static string PayerName(FeePayer payer) => payer switch
    {
        FeePayer.SubsidisedHousehold => "補貼住戶 SubsidisedHousehold",
        FeePayer.Owner => "產權單位 Owner",
        _ => "住戶 Household",
    };

    public static string FileName(FeeMonthView month, string extension) => $"fees-{month.ContractId}-{month.Month}.{extension}";

    public static byte[] Csv(FeeMonthView month)
    {
        ArgumentNullException.ThrowIfNull(month);
        using var stream = new MemoryStream();
        var options = CsvWriterOptions.Default with { WriteByteOrderMark = true, Injection = CsvInjection.Escape };
        using (var csv = CsvWriter.Create(stream, options, leaveOpen: true))
        {
            // A byte-order mark so spreadsheet programs read the Chinese headers as UTF-8.
            csv.WriteRecord([.. Columns.Select(c => c.Header)]);
            foreach (var row in month.Lines.Select(l => Columns.Select(c => c.Value(l)).ToArray()).Append(TotalsRow(month.Lines)))
            {
                csv.WriteRecord([.. row.Select(v => v is decimal d ? d.ToString("0.00", CultureInfo.InvariantCulture) : v.ToString() ?? "")]);
            }
        }

        return stream.ToArray();
    }

    public static byte[] Workbook(FeeMonthView month, string? estateName)
    {
        ArgumentNullException.ThrowIfNull(month);
        using var book = new XLWorkbook();
        var summary = book.Worksheets.Add("匯總 Summary");
        var t = month.Totals;
        (string, object)[] facts =
        [
            ("合同 Contract", month.ContractId), ("物業服務企業 Company", month.CompanyName ?? ""), ("小區 Estate", estateName ?? month.EstateId ?? ""),
            ("月份 Month", month.Month), ("服務等級 Grade", month.ServiceGrade), ("收費標準(元/㎡·月) Standard", month.FeePerSquareMetre),
            ("戶數 Lines", t.Lines), ("補貼戶數 Subsidised", t.Subsidised), ("繳清戶數 PaidInFull", t.PaidInFull),
            ("物業費 Fee", t.Fee), ("住戶應繳 PayerShare", t.PayerShare), ("應撥補貼 SubsidyDue", t.SubsidyDue),
            ("上月結轉欠費 BroughtForward", t.BroughtForward), ("已繳 Paid", t.Paid), ("已撥補貼 SubsidyReleased", t.SubsidyReleased),
            ("欠繳 Outstanding", t.Outstanding), ("暫扣補貼 SubsidyWithheld", t.SubsidyWithheld),
            ("狀態 Status", month.Open ? "收費中 Open" : "已結賬 Closed"), ("開單 BilledAt", month.BilledAt.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)),
        ];
        for (var i = 0; i < facts.Length; i++)
        {
            Set(summary.Cell(i + 1, 1), facts[i].Item1);
            Set(summary.Cell(i + 1, 2), facts[i].Item2);
        }

        summary.Column(1).Width = 32;
        summary.Column(2).Width = 28;

        var sheet = book.Worksheets.Add("明細 Lines");
        for (var c = 0; c < Columns.Length; c++)
        {
            Set(sheet.Cell(1, c + 1), Columns[c].Header);
            sheet.Column(c + 1).Width = c < 4 ? 18 : 14;
        }

        var rows = month.Lines.Select(l => Columns.Select(c => c.Value(l)).ToArray()).Append(TotalsRow(month.Lines)).ToList();
        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
            {
                Set(sheet.Cell(r + 2, c + 1), rows[r][c]);
            }
        }

        sheet.Row(1).Style.Font.Bold = true;
        sheet.Row(rows.Count + 1).Style.Font.Bold = true;
        using var stream = new MemoryStream();
        book.SaveAs(stream);
        return stream.ToArray();
    }

    /// <summary>Numbers as numbers (money to two places); text always as text, so nothing is read as a formula.</summary>
    private static void Set(IXLCell cell, object value)
    {
        switch (value)
        {
            case decimal d:
                cell.SetValue(d);
                cell.Style.NumberFormat.Format = "0.00";
                break;
            case int n:
                cell.SetValue(n);
                break;
            default:
                cell.SetValue(value.ToString() ?? "");
                cell.DataType = XLDataType.Text;
                break;
        }
    }
}
