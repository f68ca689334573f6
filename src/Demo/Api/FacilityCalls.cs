using System.Text.Json;

namespace Anju.Demo.Api;

/// <summary>The facility register, fault reports, work-order steps, queues and property-service contracts over the API.</summary>
public static class FacilityCalls
{
    public static Task<ApiResult<FacilityImportResult>> ImportFacilitiesAsync(this AnjuApi api, byte[] csv, CancellationToken ct) =>
        api.PostCsvAsync<FacilityImportResult>("api/import/facilities", new ByteArrayContent(csv), ct);

    public static Task<ApiResult<WorkOrderView>> ReportFaultAsync(this AnjuApi api, string estateId, FaultReport fault, CancellationToken ct) =>
        api.CallAsync<WorkOrderView>(HttpMethod.Post, $"api/facilities/estates/{Uri.EscapeDataString(estateId)}/faults", fault, ct);

    /// <summary>One step (<c>accept</c>, <c>dispatch</c>, <c>on-site</c>, <c>repair</c>, <c>verify</c>, <c>send-back</c>, <c>close</c>).</summary>
    public static Task<ApiResult<WorkOrderView>> StepAsync(this AnjuApi api, string orderId, string step, WorkOrderStepBody body, CancellationToken ct) =>
        api.CallAsync<WorkOrderView>(HttpMethod.Post, $"api/work-orders/{Uri.EscapeDataString(orderId)}/{step}", body, ct);

    public static Task<ApiResult<WorkOrderView>> GetWorkOrderAsync(this AnjuApi api, string orderId, CancellationToken ct) =>
        api.CallAsync<WorkOrderView>(HttpMethod.Get, $"api/work-orders/{Uri.EscapeDataString(orderId)}", null, ct);

    public static Task<ApiResult<WorkQueueView>> GetWorkQueueAsync(this AnjuApi api, string queueId, CancellationToken ct) =>
        api.CallAsync<WorkQueueView>(HttpMethod.Get, $"api/work-queues/{Uri.EscapeDataString(queueId)}", null, ct);

    public static Task<ApiResult<List<FacilityEntry>>> GetRegisterAsync(this AnjuApi api, string estateId, CancellationToken ct) =>
        api.CallAsync<List<FacilityEntry>>(HttpMethod.Get, $"api/facilities/estates/{Uri.EscapeDataString(estateId)}/register", null, ct);

    /// <summary>An estate's open orders, newest first.</summary>
    public static Task<ApiResult<List<WorkOrderSummaryView>>> GetEstateOrdersAsync(this AnjuApi api, string estateId, CancellationToken ct) =>
        api.CallAsync<List<WorkOrderSummaryView>>(HttpMethod.Get, $"api/facilities/estates/{Uri.EscapeDataString(estateId)}/orders", null, ct);

    public static Task<ApiResult<JsonElement>> AdmitCompanyAsync(this AnjuApi api, PoolAdmission admission, CancellationToken ct) =>
        api.CallAsync<JsonElement>(HttpMethod.Post, "api/pool/companies", admission, ct);

    public static Task<ApiResult<JsonElement>> DraftContractAsync(this AnjuApi api, ContractDraft draft, CancellationToken ct) =>
        api.CallAsync<JsonElement>(HttpMethod.Post, "api/contracts", draft, ct);

    public static Task<ApiResult<JsonElement>> ActivateContractAsync(this AnjuApi api, string contractId, CancellationToken ct) =>
        api.CallAsync<JsonElement>(HttpMethod.Post, $"api/contracts/{Uri.EscapeDataString(contractId)}/actions", new { action = "Activate" }, ct);
}
