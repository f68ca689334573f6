using System.Globalization;
using Anju.Dashboard.Tests.Infrastructure;
using static Anju.Dashboard.Tests.Screens.ScreenPage;
using static Microsoft.Playwright.Assertions;

namespace Anju.Dashboard.Tests.Screens;

/// <summary>The money screen on a billed month: one contract's lines with a totals row that is the sum of the lines and
/// equals the month's totals as the API reports them, a payment shown, and the Excel download answering a workbook.</summary>
[Collection(ScreenCollection.Name)]
public sealed class MoneyScreenTests(ScreenStack stack)
{
    private static readonly string[] Columns = ["fee", "payerShare", "subsidyDue", "paid", "outstanding"];

    private MoneyApi Money => new(stack.Live.Silo.Http);

    [Fact]
    public async Task A_contracts_month_shows_its_lines_with_totals_equal_to_their_sum_and_the_excel_link_answers()
    {
        var estateId = await stack.Live.Api.RegisterAsync("棠下保障房", "TH", 3);
        var contract = await stack.Live.Api.ContractAsync(estateId, "棠下物业");
        var billed = await Money.RunMonthAsync(contract);
        var first = billed.GetProperty("lines")[0];
        await Money.PayAsync(contract, $"FP-{Guid.NewGuid():N}"[..14], first.GetProperty("dwellingId").GetString()!, first.GetProperty("outstanding").GetDecimal());
        var month = await Money.MonthAsync(contract);
        await using var screen = await ScreenPage.OpenAsync(stack);
        var page = screen.Page;

        await screen.ShowAsync($"/money.html?contract={contract}&month={MoneyApi.ThisMonth}&estate={estateId}", "money-month", async () =>
        {
            await Expect(page.Locator("#fee-lines-body tr")).ToHaveCountAsync(3, new() { Timeout = 10_000 });
            await Expect(page.Locator("#fee-payments li")).ToHaveCountAsync(1, new() { Timeout = 10_000 });
            var totals = month.GetProperty("totals");
            foreach (var column in Columns)
            {
                var cells = await page.Locator($"#fee-lines-body td[data-col={column}]").AllTextContentsAsync();
                var sum = cells.Sum(Amount);
                var shown = Amount(await page.Locator($"#fee-lines-foot td[data-col={column}]").TextContentAsync() ?? "");
                Assert.Equal(sum, shown);
                var api = column switch
                {
                    "fee" => totals.GetProperty("fee"),
                    "payerShare" => totals.GetProperty("payerShare"),
                    "subsidyDue" => totals.GetProperty("subsidyDue"),
                    "paid" => totals.GetProperty("paid"),
                    _ => totals.GetProperty("outstanding"),
                };
                Assert.Equal(api.GetDecimal(), shown);
            }

            // The city's month lists the contract with the same totals.
            await Expect(page.Locator($"#fee-city-body tr[data-contract='{contract}'] td[data-col=fee]"))
                .ToHaveTextAsync(totals.GetProperty("fee").GetDecimal().ToString("N2", CultureInfo.InvariantCulture), Load);

            var href = await page.Locator("#fee-xlsx").GetAttributeAsync("href");
            var answer = await page.Context.APIRequest.GetAsync(href!);
            Assert.Equal(200, answer.Status);
            Assert.Contains("spreadsheetml", answer.Headers["content-type"], StringComparison.Ordinal);
            var body = await answer.BodyAsync();
            Assert.True(body.Length > 100 && body[0] == (byte)'P' && body[1] == (byte)'K', "the download is a workbook (a zip)");
        });

        screen.AssertNoErrors();
    }

    private static decimal Amount(string text) => decimal.Parse(text.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture);
}
