using System.Text.Json;

namespace Anju.Demo.Api;

/// <summary>The contracts' scorecards, fee billing, the public-revenue accounts and the commercial units over the API.
/// Answers are read as JSON where the demo needs a field or two of them.</summary>
public static class MoneyCalls
{
    public static Task<ApiResult<JsonElement>> AssessAsync(this AnjuApi api, string contractId, object assessment, CancellationToken ct) =>
        api.CallAsync<JsonElement>(HttpMethod.Post, $"api/contracts/{Uri.EscapeDataString(contractId)}/assessments", assessment, ct);

    public static Task<ApiResult<JsonElement>> DeductAsync(this AnjuApi api, string contractId, object deduction, CancellationToken ct) =>
        api.CallAsync<JsonElement>(HttpMethod.Post, $"api/contracts/{Uri.EscapeDataString(contractId)}/deductions", deduction, ct);

    /// <summary>Bills a month (<c>yyyy-MM</c>); the answer is the month with its lines.</summary>
    public static Task<ApiResult<JsonElement>> RunFeesAsync(this AnjuApi api, string contractId, string month, CancellationToken ct) =>
        api.CallAsync<JsonElement>(HttpMethod.Post, $"api/contracts/{Uri.EscapeDataString(contractId)}/fees/{month}/run", new { }, ct);

    public static Task<ApiResult<JsonElement>> GetFeeMonthAsync(this AnjuApi api, string contractId, string month, CancellationToken ct) =>
        api.CallAsync<JsonElement>(HttpMethod.Get, $"api/contracts/{Uri.EscapeDataString(contractId)}/fees/{month}", null, ct);

    public static Task<ApiResult<JsonElement>> PayFeeAsync(this AnjuApi api, string contractId, FeePaymentBody payment, CancellationToken ct) =>
        api.CallAsync<JsonElement>(HttpMethod.Post, $"api/contracts/{Uri.EscapeDataString(contractId)}/fees/payments", payment, ct);

    public static Task<ApiResult<JsonElement>> GetPoolAsync(this AnjuApi api, CancellationToken ct) =>
        api.CallAsync<JsonElement>(HttpMethod.Get, "api/pool", null, ct);

    public static Task<ApiResult<JsonElement>> RecordIncomeAsync(this AnjuApi api, string estateId, IncomeBody income, CancellationToken ct) =>
        api.CallAsync<JsonElement>(HttpMethod.Post, $"api/estates/{Uri.EscapeDataString(estateId)}/account/income", income, ct);

    public static Task<ApiResult<JsonElement>> RecordSpendingAsync(this AnjuApi api, string estateId, object spending, CancellationToken ct) =>
        api.CallAsync<JsonElement>(HttpMethod.Post, $"api/estates/{Uri.EscapeDataString(estateId)}/account/spending", spending, ct);

    /// <summary>A commercial-units command: <paramref name="path"/> under <c>api/estates/{estateId}/commercial/</c>
    /// (<c>operator</c>, <c>units</c>, <c>leases</c>, <c>months/2026-11/bill</c>, <c>…/rent</c>, <c>…/taxes</c>, <c>…/remit</c>).</summary>
    public static Task<ApiResult<JsonElement>> CommercialAsync(this AnjuApi api, string estateId, string path, object body, CancellationToken ct) =>
        api.CallAsync<JsonElement>(HttpMethod.Post, $"api/estates/{Uri.EscapeDataString(estateId)}/commercial/{path}", body, ct);
}

/// <summary>Body of <c>POST /api/contracts/{id}/fees/payments</c>.</summary>
public sealed record FeePaymentBody(string PaymentId, string DwellingId, decimal Amount, DateOnly PaidOn);

/// <summary>Body of <c>POST /api/estates/{id}/account/income</c>.</summary>
public sealed record IncomeBody(string EntryId, string Kind, decimal Amount, DateOnly On, string Description, string Receipt);
