using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace Anju.Dashboard.Tests.Infrastructure;

/// <summary>The contracts' scorecards and fee billing through the silo's API, the way the housing office records a
/// deduction or runs a month, and a company records a household's payment.</summary>
public sealed class MoneyApi(HttpClient http)
{
    /// <summary>This month in the city's time (UTC+8, the default of the scorecard and fee options).</summary>
    public static string ThisMonth => DateTime.UtcNow.AddHours(8).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public async Task<JsonElement> DeductAsync(string contractId, string deductionId, decimal amount, string reason) =>
        await PostAsync($"/api/contracts/{contractId}/deductions", new { deductionId, period = ThisMonth, amount, reason, reference = (string?)null });

    public Task<JsonElement> ScorecardAsync(string contractId) => http.GetFromJsonAsync<JsonElement>($"/api/contracts/{contractId}/scorecard");

    /// <summary>Bills this month for the contract; answers the month with its lines.</summary>
    public Task<JsonElement> RunMonthAsync(string contractId) => PostAsync($"/api/contracts/{contractId}/fees/{ThisMonth}/run", new { });

    public Task<JsonElement> PayAsync(string contractId, string paymentId, string dwellingId, decimal amount) =>
        PostAsync($"/api/contracts/{contractId}/fees/payments", new { paymentId, dwellingId, amount, paidOn = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)) });

    public Task<JsonElement> MonthAsync(string contractId) => http.GetFromJsonAsync<JsonElement>($"/api/contracts/{contractId}/fees/{ThisMonth}");

    private async Task<JsonElement> PostAsync(string path, object body)
    {
        using var response = await http.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST {path} → {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
