using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Anju.Access;
using Anju.Tests.Infrastructure;
using ClosedXML.Excel;

namespace Anju.Tests.Api;

/// <summary>Fee billing over HTTP on a real silo and PostgreSQL: the housing office runs a month of an estate with an
/// empty home (D1, billed to the owner) and a 低保 household (D2); the contract's company reads its own month with
/// the payer of each line (never the special-group category), records payments and downloads the reports; operators
/// and other companies are refused; bad input is 400 naming the field and changes nothing.</summary>
[Collection(PostgresCollection.Name)]
public sealed class FeeApiTests(SiloFixture fixture)
{
    private readonly RunningSilo _silo = fixture.Silo;

    private HttpClient Http => _silo.Http;

    private static string ThisMonth => DateTime.UtcNow.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static string Today => DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The facility test estate (D1, 60 m², empty) with a 低保 household in D2 (45.05 m²), and its month billed.</summary>
    private async Task<FacilityCity> BilledAsync()
    {
        var city = await FacilityCity.CreateAsync(Http);
        await FacilityCity.Ok(Http.PostAsJsonAsync($"/api/estates/{city.Estate}/dwellings",
            new { dwellingId = "D2", floorArea = 45.05, buildingId = "B1", unit = 1, floor = 3, number = "02", tenure = "PublicRental" }));
        var d2 = $"/api/estates/{city.Estate}/dwellings/D2";
        await FacilityCity.Ok(Http.PostAsJsonAsync($"{d2}/occupancy", new { action = "Allocate" }));
        await FacilityCity.Ok(Http.PostAsJsonAsync($"{d2}/occupancy", new { action = "MoveIn" }));
        await FacilityCity.Ok(Http.PutAsJsonAsync($"{d2}/household", new { size = 3, headOfHousehold = "H-CHEN-01", specialGroups = new[] { "MinimumLivingAllowance" }, secondAddressRegistration = "Registered" }));
        await FacilityCity.Ok(Http.PostAsync($"/api/contracts/{city.Contract}/fees/{ThisMonth}/run", null));
        return city;
    }

    private static string Fees(FacilityCity city) => $"/api/contracts/{city.Contract}/fees";

    private static JsonElement Line(JsonElement month, string dwellingId) =>
        month.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("dwellingId").GetString() == dwellingId);

    [Fact]
    public async Task The_company_reads_its_month_with_payers_records_payments_and_downloads_reports_whose_totals_are_the_lines()
    {
        var city = await BilledAsync();
        using var company = await city.CompanyAsync(_silo);

        var text = await company.GetStringAsync($"{Fees(city)}/{ThisMonth}");
        var month = JsonSerializer.Deserialize<JsonElement>(text);
        Assert.Equal(("Owner", 72.00m), (Line(month, "D1").GetProperty("payer").GetString(), Line(month, "D1").GetProperty("fee").GetDecimal()));
        Assert.Equal(("SubsidisedHousehold", 54.06m, 27.03m, 27.03m), (Line(month, "D2").GetProperty("payer").GetString(), Line(month, "D2").GetProperty("fee").GetDecimal(),
            Line(month, "D2").GetProperty("payerShare").GetDecimal(), Line(month, "D2").GetProperty("subsidy").GetDecimal()));
        Assert.DoesNotContain("MinimumLivingAllowance", text, StringComparison.Ordinal);
        Assert.DoesNotContain("H-CHEN-01", text, StringComparison.Ordinal);

        var payment = new { paymentId = $"PAY-{city.Contract}-1", dwellingId = "D2", amount = 27.03m, paidOn = Today };
        var paid = await FacilityCity.Ok(company.PostAsJsonAsync($"{Fees(city)}/payments", payment));
        Assert.Equal((27.03m, 0m), (paid.GetProperty("line").GetProperty("subsidyReleased").GetDecimal(), paid.GetProperty("line").GetProperty("outstanding").GetDecimal()));
        Assert.Equal($"fco-{city.Contract}".ToLowerInvariant(), paid.GetProperty("payment").GetProperty("recordedBy").GetString());
        var again = await FacilityCity.Ok(company.PostAsJsonAsync($"{Fees(city)}/payments", payment));
        Assert.Equal(paid.GetProperty("version").GetInt64(), again.GetProperty("version").GetInt64());
        await ProblemAssert.StatusAsync(await company.PostAsJsonAsync($"{Fees(city)}/payments", payment with { amount = 20m }), HttpStatusCode.Conflict);
        await FacilityCity.Ok(company.PostAsJsonAsync($"{Fees(city)}/payments", new { paymentId = $"PAY-{city.Contract}-2", dwellingId = "D1", amount = 50m, paidOn = Today }));

        var ledger = await company.GetFromJsonAsync<JsonElement>(Fees(city));
        Assert.Equal(ThisMonth, ledger.GetProperty("openMonth").GetString());
        month = await company.GetFromJsonAsync<JsonElement>($"{Fees(city)}/{ThisMonth}");
        var lines = month.GetProperty("lines").EnumerateArray().ToList();
        var totals = month.GetProperty("totals");
        Assert.Equal((77.03m, 22.00m, 27.03m), (totals.GetProperty("paid").GetDecimal(), totals.GetProperty("outstanding").GetDecimal(), totals.GetProperty("subsidyReleased").GetDecimal()));

        // CSV: a header of Chinese and English names, a line per dwelling, a totals row that sums them.
        using var csvResponse = await company.GetAsync($"{Fees(city)}/{ThisMonth}?format=csv");
        Assert.Equal("text/csv", csvResponse.Content.Headers.ContentType?.MediaType);
        var csv = Encoding.UTF8.GetString(await csvResponse.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("住房 Dwelling,網格 Grid,", csv[0], StringComparison.Ordinal);
        Assert.Equal(4, csv.Length);
        Assert.StartsWith("合計 Total,,105.05,,126.06,", csv[3], StringComparison.Ordinal);

        // Excel: opened and read back, the totals row of the lines sheet equals the sum of its lines, as does the summary.
        using var xlsx = await company.GetAsync($"{Fees(city)}/{ThisMonth}?format=xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using var book = new XLWorkbook(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()));
        var sheet = book.Worksheet("明細 Lines");
        Assert.Equal("物業費 Fee", sheet.Cell(1, 5).GetString());
        var last = sheet.LastRowUsed().RowNumber();
        Assert.Equal(lines.Count + 2, last);
        Assert.Equal("合計 Total", sheet.Cell(last, 1).GetString());
        for (var column = 5; column <= 13; column++)
        {
            var sum = Enumerable.Range(2, last - 2).Sum(r => sheet.Cell(r, column).GetValue<decimal>());
            Assert.Equal(sum, sheet.Cell(last, column).GetValue<decimal>());
        }

        Assert.Equal(lines.Sum(l => l.GetProperty("fee").GetDecimal()), sheet.Cell(last, 5).GetValue<decimal>());
        var summary = book.Worksheet("匯總 Summary");
        Assert.Equal(city.Contract, summary.Cell(1, 2).GetString());
        Assert.Equal(city.Company, summary.Cell(2, 2).GetString());
        Assert.Equal(totals.GetProperty("subsidyDue").GetDecimal(), summary.Cell(12, 2).GetValue<decimal>());
        Assert.Equal(sheet.Cell(last, 12).GetValue<decimal>(), summary.Cell(16, 2).GetValue<decimal>());
    }

    [Fact]
    public async Task Operators_and_other_companies_get_no_fees_and_the_district_view_is_the_housing_office_s()
    {
        var city = await BilledAsync();
        var other = await FacilityCity.CreateAsync(Http);
        using var stranger = await other.CompanyAsync(_silo);
        using var cityOperator = await _silo.ClientAsync("fee-city-op", new Grant(Role.CityOperator, ScopeKind.City, ""));
        using var districtOperator = await _silo.ClientAsync("fee-th-op", new Grant(Role.DistrictOperator, ScopeKind.District, "TH"));
        using var housingTh = await _silo.ClientAsync("fee-th-housing", new Grant(Role.HousingOffice, ScopeKind.District, "TH"));
        using var housingHz = await _silo.ClientAsync("fee-hz-housing", new Grant(Role.HousingOffice, ScopeKind.District, "HZ"));

        foreach (var refused in new[] { stranger, cityOperator, districtOperator, housingHz })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await refused.GetAsync($"{Fees(city)}/{ThisMonth}")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await refused.PostAsJsonAsync($"{Fees(city)}/payments", new { paymentId = "X-1", dwellingId = "D1", amount = 1m, paidOn = Today })).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await cityOperator.GetAsync($"/api/fees/months/{ThisMonth}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await districtOperator.GetAsync($"/api/fees/districts/TH/months/{ThisMonth}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await housingTh.GetAsync($"/api/fees/months/{ThisMonth}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await housingHz.GetAsync($"/api/fees/districts/TH/months/{ThisMonth}")).StatusCode);

        var district = await FacilityCity.Ok(housingTh.GetAsync($"/api/fees/districts/TH/months/{ThisMonth}"));
        var row = district.GetProperty("contracts").EnumerateArray().Single(c => c.GetProperty("contractId").GetString() == city.Contract);
        Assert.Equal((126.06m, 27.03m, 27.03m), (row.GetProperty("totals").GetProperty("fee").GetDecimal(),
            row.GetProperty("totals").GetProperty("subsidyDue").GetDecimal(), row.GetProperty("totals").GetProperty("subsidyWithheld").GetDecimal()));
        var whole = await FacilityCity.Ok(Http.GetAsync($"/api/fees/months/{ThisMonth}"));
        Assert.Contains(whole.GetProperty("contracts").EnumerateArray(), c => c.GetProperty("contractId").GetString() == city.Contract);
        Assert.Equal(whole.GetProperty("contracts").EnumerateArray().Sum(c => c.GetProperty("totals").GetProperty("fee").GetDecimal()),
            whole.GetProperty("totals").GetProperty("fee").GetDecimal());
    }

    [Fact]
    public async Task Bad_input_is_400_naming_the_field_and_changes_nothing()
    {
        var city = await BilledAsync();
        using var company = await city.CompanyAsync(_silo);
        var before = await company.GetFromJsonAsync<JsonElement>($"{Fees(city)}/{ThisMonth}");
        var pay = $"{Fees(city)}/payments";

        Assert.Equal("month", await ProblemAssert.FieldAsync(await Http.PostAsync($"{Fees(city)}/2026-13/run", null)));
        Assert.Equal("month", await ProblemAssert.FieldAsync(await Http.PostAsync($"{Fees(city)}/1999-12/run", null)));
        Assert.Equal("month", await ProblemAssert.FieldAsync(await company.GetAsync($"{Fees(city)}/december")));
        Assert.Equal("format", await ProblemAssert.FieldAsync(await company.GetAsync($"{Fees(city)}/{ThisMonth}?format=pdf")));
        Assert.Equal("paymentId", await ProblemAssert.FieldAsync(await company.PostAsJsonAsync(pay, new { dwellingId = "D1", amount = 1m, paidOn = Today })));
        Assert.Equal("amount", await ProblemAssert.FieldAsync(await company.PostAsJsonAsync(pay, new { paymentId = "B-1", dwellingId = "D1", amount = -1m, paidOn = Today })));
        Assert.Equal("amount", await ProblemAssert.FieldAsync(await company.PostAsJsonAsync(pay, new { paymentId = "B-2", dwellingId = "D1", amount = 1_000_000_000_000m, paidOn = Today })));
        Assert.Equal("amount", await ProblemAssert.FieldAsync(await company.PostAsJsonAsync(pay, new { paymentId = "B-3", dwellingId = "D1", amount = 72.01m, paidOn = Today })));
        Assert.Equal("paidOn", await ProblemAssert.FieldAsync(await company.PostAsJsonAsync(pay, new { paymentId = "B-4", dwellingId = "D1", amount = 1m, paidOn = "1999-12-31" })));
        Assert.Equal("dwellingId", await ProblemAssert.FieldAsync(await company.PostAsJsonAsync(pay, new { paymentId = "B-5", dwellingId = "NOPE", amount = 1m, paidOn = Today })));
        await ProblemAssert.StatusAsync(await Http.GetAsync($"{Fees(city)}/2001-01"), HttpStatusCode.NotFound);
        await ProblemAssert.StatusAsync(await Http.GetAsync("/api/contracts/HT-NOPE-404/fees"), HttpStatusCode.NotFound);
        await ProblemAssert.StatusAsync(await Http.PostAsync($"{Fees(city)}/{DateTime.UtcNow.AddMonths(3):yyyy-MM}/run", null), HttpStatusCode.Conflict);

        var after = await company.GetFromJsonAsync<JsonElement>($"{Fees(city)}/{ThisMonth}");
        Assert.Equal(before.GetProperty("version").GetInt64(), after.GetProperty("version").GetInt64());
        Assert.Equal(0, after.GetProperty("payments").GetArrayLength());
        Assert.Single((await Http.GetFromJsonAsync<JsonElement>(Fees(city))).GetProperty("months").EnumerateArray());
    }
}
