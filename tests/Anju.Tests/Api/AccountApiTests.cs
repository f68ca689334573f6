using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Anju.Access;
using Anju.Tests.Infrastructure;
using ClosedXML.Excel;

namespace Anju.Tests.Api;

/// <summary>The public-revenue account and the commercial units over HTTP on a real silo and PostgreSQL: the housing office
/// records and reads them, the statement's files add up, bad input is a 400 naming the field and changes nothing, and a
/// property company or an operator is refused.</summary>
[Collection(PostgresCollection.Name)]
public sealed class AccountApiTests(SiloFixture fixture)
{
    private static readonly string Today = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private readonly RunningSilo _silo = fixture.Silo;

    private HttpClient Http => _silo.Http;

    private static async Task<string> EstateAsync(HttpClient op)
    {
        var estate = Fresh.EstateId("TH");
        await FacilityCity.Ok(op.PostAsJsonAsync("/api/estates", new { estateId = estate, name = $"賬戶{estate}", district = "TH", street = "測試街", floorArea = 60_000 }));
        return estate;
    }

    [Fact]
    public async Task The_housing_office_records_income_and_approved_spending_and_the_statement_files_add_up()
    {
        var estate = await EstateAsync(Http);
        var account = $"/api/estates/{estate}/account";
        await FacilityCity.Ok(Http.PostAsJsonAsync($"{account}/income", new { entryId = "i-1", kind = "Advertising", amount = 1_200.00m, on = Today, receipt = "GZ-0001", description = "電梯廣告" }));
        await FacilityCity.Ok(Http.PostAsJsonAsync($"{account}/income", new { entryId = "i-2", kind = "Parking", amount = 357.33m, on = Today, receipt = "GZ-0002" }));
        await FacilityCity.Ok(Http.PostAsJsonAsync($"{account}/income", new { entryId = "i-2", kind = "Parking", amount = 357.33m, on = Today, receipt = "GZ-0002" }));
        await ProblemAssert.StatusAsync(await Http.PostAsJsonAsync($"{account}/income", new { entryId = "i-2", kind = "Parking", amount = 1m, on = Today, receipt = "GZ-0002" }), HttpStatusCode.Conflict);
        var view = await FacilityCity.Ok(Http.PostAsJsonAsync($"{account}/spending",
            new { entryId = "s-1", category = "greening", amount = 2_000m, on = Today, description = "補種綠化", approvalRef = "議事會 第3號", approver = "議事協商委員會" }));
        Assert.Equal(-442.67m, view.GetProperty("balance").GetDecimal());

        Assert.Equal("approvalRef", await ProblemAssert.FieldAsync(await Http.PostAsJsonAsync($"{account}/spending",
            new { entryId = "s-2", category = "greening", amount = 10m, on = Today, description = "沒有批准" })));
        Assert.Equal("workOrderId", await ProblemAssert.FieldAsync(await Http.PostAsJsonAsync($"{account}/spending",
            new { entryId = "s-2", category = "parts", amount = 10m, on = Today, description = "工單", workOrderId = "WO-1" })));
        Assert.Equal("amount", await ProblemAssert.FieldAsync(await Http.PostAsJsonAsync($"{account}/income", new { entryId = "i-3", kind = "Other", amount = 100_000_000.01m, on = Today, receipt = "R" })));
        Assert.Equal("amount", await ProblemAssert.FieldAsync(await Http.PostAsJsonAsync($"{account}/income", new { entryId = "i-3", kind = "Other", amount = -1m, on = Today, receipt = "R" })));
        Assert.Equal("on", await ProblemAssert.FieldAsync(await Http.PostAsJsonAsync($"{account}/income", new { entryId = "i-3", kind = "Other", amount = 1m, on = "0001-01-01", receipt = "R" })));
        Assert.Equal("kind", await ProblemAssert.FieldAsync(await Http.PostAsJsonAsync($"{account}/income", new { entryId = "i-3", kind = "Lottery", amount = 1m, on = Today, receipt = "R" })));
        Assert.Equal("month", await ProblemAssert.FieldAsync(await Http.GetAsync($"{account}/statements/2026-13")));
        Assert.Equal("format", await ProblemAssert.FieldAsync(await Http.GetAsync($"{account}/statements/{Today[..7]}?format=pdf")));
        var unchanged = await Http.GetFromJsonAsync<JsonElement>(account);
        Assert.Equal((-442.67m, 3L), (unchanged.GetProperty("balance").GetDecimal(), unchanged.GetProperty("version").GetInt64()));

        var statement = await Http.GetFromJsonAsync<JsonElement>($"{account}/statements/{Today[..7]}");
        Assert.Equal(3, statement.GetProperty("entries").GetArrayLength());
        Assert.Equal(-442.67m, statement.GetProperty("closing").GetDecimal());

        using var xlsx = await Http.GetAsync($"{account}/statements/{Today[..7]}?format=xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using var book = new XLWorkbook(await xlsx.Content.ReadAsStreamAsync());
        var entries = book.Worksheet(2);
        var last = entries.LastRowUsed().RowNumber();
        Assert.Equal("合計 (Total)", entries.Cell(last, 1).GetString());
        var lines = Enumerable.Range(2, last - 2).ToList();
        Assert.Equal(3, lines.Count);
        Assert.Equal(lines.Sum(r => entries.Cell(r, 7).GetValue<decimal>()), entries.Cell(last, 7).GetValue<decimal>());
        Assert.Equal(lines.Sum(r => entries.Cell(r, 8).GetValue<decimal>()), entries.Cell(last, 8).GetValue<decimal>());
        Assert.Equal((1_557.33m, 2_000m), (entries.Cell(last, 7).GetValue<decimal>(), entries.Cell(last, 8).GetValue<decimal>()));
        var summary = book.Worksheet(1);
        decimal Figure(string label) => summary.Column(1).CellsUsed().Single(c => c.GetString() == label).CellRight().GetValue<decimal>();
        Assert.Equal(Figure("期初餘額 (Opening)") + Figure("收入合計 (Income total)") - Figure("支出合計 (Spending total)"), Figure("期末餘額 (Closing)"));
        Assert.Equal(entries.Cell(last - 1, 9).GetValue<decimal>(), Figure("期末餘額 (Closing)"));

        using var csv = await Http.GetAsync($"{account}/statements/{Today[..7]}?format=csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var rows = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, rows.Length);
        Assert.StartsWith("日期 (Date),", rows[0], StringComparison.Ordinal);
        Assert.EndsWith(",-442.67", rows[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Commercial_units_are_let_billed_and_remitted_in_full_over_http()
    {
        var estate = await EstateAsync(Http);
        var units = $"/api/estates/{estate}/commercial";
        await FacilityCity.Ok(Http.PostAsJsonAsync($"{units}/operator", new { @operator = "廣州安居商業運營有限公司" }));
        await FacilityCity.Ok(Http.PostAsJsonAsync($"{units}/units", new { unitId = "S1", name = "1號商舖", floorArea = 45.5m, use = "retail" }));
        await FacilityCity.Ok(Http.PostAsJsonAsync($"{units}/leases", new { leaseId = "L1", unitId = "S1", tenant = "便利店", start = "2026-11-16", end = "2027-11-15", monthlyRent = 3_000m }));
        await ProblemAssert.StatusAsync(await Http.PostAsJsonAsync($"{units}/leases",
            new { leaseId = "L2", unitId = "S1", tenant = "藥店", start = "2027-11-15", end = "2028-11-15", monthlyRent = 3_000m }), HttpStatusCode.Conflict);
        Assert.Equal("start", await ProblemAssert.FieldAsync(await Http.PostAsJsonAsync($"{units}/leases",
            new { leaseId = "L2", unitId = "S1", tenant = "藥店", start = "2027-02-30", end = "2028-11-15", monthlyRent = 3_000m })));

        var month = await FacilityCity.Ok(Http.PostAsync($"{units}/months/2026-11/bill", null));
        Assert.Equal(1_500m, month.GetProperty("billed").GetDecimal());
        await FacilityCity.Ok(Http.PostAsJsonAsync($"{units}/months/2026-11/rent", new { leaseId = "L1", amount = 1_500m, receiptId = "RC-1" }));
        await FacilityCity.Ok(Http.PostAsJsonAsync($"{units}/months/2026-11/taxes", new { amount = 82.5m, reference = "TAX-1" }));
        Assert.Equal("amount", await ProblemAssert.FieldAsync(await Http.PostAsJsonAsync($"{units}/months/2026-11/remit",
            new { amount = 1_000m, voucherRef = "V-1", remittedOn = "2026-12-05" })));
        month = await FacilityCity.Ok(Http.PostAsJsonAsync($"{units}/months/2026-11/remit", new { amount = 1_417.5m, voucherRef = "V-1", remittedOn = "2026-12-05" }));
        Assert.Equal((1_417.5m, 0m), (month.GetProperty("remitted").GetDecimal(), month.GetProperty("notRemitted").GetDecimal()));
        await FacilityCity.Ok(Http.PostAsJsonAsync($"{units}/assessments", new { period = "2026-Q4", score = 88, notes = "出租率高" }));
        await FacilityCity.Ok(Http.PostAsJsonAsync($"{units}/leases/L1/end", new { endedOn = "2027-06-30" }));
        Assert.Equal("month", await ProblemAssert.FieldAsync(await Http.PostAsync($"{units}/months/26-11/bill", null)));

        var view = await Http.GetFromJsonAsync<JsonElement>(units);
        Assert.Equal("廣州安居商業運營有限公司", view.GetProperty("operator").GetString());
        Assert.Equal("V-1", view.GetProperty("months")[0].GetProperty("voucherRef").GetString());
        Assert.Equal("2027-06-30", view.GetProperty("leases")[0].GetProperty("endedOn").GetString());
    }

    [Fact]
    public async Task A_property_company_and_the_operators_are_refused_and_the_office_elsewhere_too()
    {
        var estate = await EstateAsync(Http);
        using var company = await _silo.ClientAsync($"acc-co-{estate}".ToLowerInvariant(), new Grant(Role.PropertyCompany, ScopeKind.Estate, estate));
        using var city = await _silo.ClientAsync("acc-city", new Grant(Role.CityOperator, ScopeKind.City, ""));
        using var district = await _silo.ClientAsync("acc-th", new Grant(Role.DistrictOperator, ScopeKind.District, "TH"));
        using var elsewhere = await _silo.ClientAsync("acc-hz-housing", new Grant(Role.HousingOffice, ScopeKind.District, "HZ"));
        using var office = await _silo.ClientAsync("acc-th-housing", new Grant(Role.HousingOffice, ScopeKind.District, "TH"));
        var income = new { entryId = "i-1", kind = "Advertising", amount = 10m, on = Today, receipt = "R-1" };
        foreach (var client in new[] { company, city, district, elsewhere })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/estates/{estate}/account")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync($"/api/estates/{estate}/account/income", income)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/estates/{estate}/commercial")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync($"/api/estates/{estate}/commercial/operator", new { @operator = "x" })).StatusCode);
        }

        await FacilityCity.Ok(office.PostAsJsonAsync($"/api/estates/{estate}/account/income", income));
        var view = await office.GetFromJsonAsync<JsonElement>($"/api/estates/{estate}/account");
        Assert.Equal(10m, view.GetProperty("balance").GetDecimal());
    }
}
