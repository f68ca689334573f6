namespace Anju.Demo.Api;

// The work-order and facility shapes of the API the demo reads (camelCase on the wire; fields it does not read left out).

/// <summary>Where an order is routed: its queue (the contract id, or office-{district}).</summary>
public sealed record WorkOrderRouteView(string QueueId, string? ContractId, string? CompanyName);

/// <summary>A work order's summary.</summary>
public sealed record WorkOrderSummaryView(
    string OrderId, long Version, string EstateId, string FacilityId, string Code, string Status, bool Overdue, WorkOrderRouteView Route, string? GridId, DateTimeOffset UpdatedAt)
{
    public bool IsOpen => Status is not ("Closed" or "Cancelled");
}

/// <summary>A whole work order (<c>GET /api/work-orders/{id}</c>, and every step's answer).</summary>
public sealed record WorkOrderView(WorkOrderSummaryView Summary, string ReportedBy, int Occurrences);

/// <summary>A work queue (<c>GET /api/work-queues/{queueId}</c>).</summary>
public sealed record WorkQueueView(string QueueId, long Version, IReadOnlyList<WorkOrderSummaryView> Orders);

/// <summary>Body of <c>POST /api/facilities/estates/{estateId}/faults</c>.</summary>
public sealed record FaultReport(string FacilityId, string Code, string Detail, string? Severity = null, string? CommandId = null);

/// <summary>Body of a work-order step (<c>POST /api/work-orders/{id}/{step}</c>).</summary>
public sealed record WorkOrderStepBody(
    long ExpectedVersion, string? Note = null, string? Reason = null, string? Assignee = null, decimal? Cost = null, string? CostCategory = null, int? Rating = null);

/// <summary>The answer of <c>POST /api/import/facilities</c> to a good file.</summary>
public sealed record FacilityImportResult(int Estates, int Facilities, int Registered, long ElapsedMs);

/// <summary>Body of <c>POST /api/contracts</c> (the fields the demo sets).</summary>
public sealed record ContractDraft(
    string ContractId, ContractCompany Company, string EstateId, string? ZoneId, int ServiceGrade, decimal FeePerSquareMetre, ContractTermBody Term, string Selection,
    ContractTender? Tender = null);

/// <summary>The tender of a contract: candidates drawn from the pool (the winner among them), the day, the reference.</summary>
public sealed record ContractTender(IReadOnlyList<string> Candidates, DateOnly DecidedOn, string Reference);

/// <summary>Body of <c>POST /api/pool/companies</c>.</summary>
public sealed record PoolAdmission(string Name, string CreditCode, string? Qualification);

public sealed record ContractCompany(string Name, string CreditCode);

public sealed record ContractTermBody(DateOnly Start, DateOnly End);

/// <summary>A register entry (<c>GET /api/facilities/estates/{estateId}/register</c>): the facility and its live status.</summary>
public sealed record FacilityEntry(FacilityBody Facility, string Status);

public sealed record FacilityBody(string FacilityId, string Type, string Name, string? BuildingId, string? GridId, string? DeviceId);
