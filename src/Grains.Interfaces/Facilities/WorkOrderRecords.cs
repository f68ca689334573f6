using Anju.Incidents;

namespace Anju.Facilities;

/// <summary>Whose queue a work order lands in: the property-service contract that governs the facility's zone or
/// the estate (looked up in the estate's attached contracts), else the housing office of the district.
/// <see cref="QueueId"/> is the queue grain's id (<see cref="Keys.WorkQueue"/>): the contract id, or
/// <c>office-{district}</c>.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Facilities.WorkOrderRoute")]
public sealed record WorkOrderRoute(
    [property: Id(0)] string QueueId,
    [property: Id(1)] string? ContractId,
    [property: Id(2)] string? CompanyName,
    [property: Id(3)] string? ZoneId)
{
    /// <summary>The housing office's queue id of a district (orders with no governing contract).</summary>
    public static string OfficeQueue(string district) => $"office-{district}";
}

/// <summary>The deadlines of an order's clocks, each null once its stage is done (or the order has no such clock).</summary>
[GenerateSerializer, Immutable, Alias("Anju.Facilities.WorkOrderDeadlines")]
public sealed record WorkOrderDeadlines(
    [property: Id(0)] DateTimeOffset? AcceptBy,
    [property: Id(1)] DateTimeOffset? OnSiteBy,
    [property: Id(2)] DateTimeOffset? RepairBy);

/// <summary>What opens a work order (made by the estate's facilities grain, which generates the id and routes it).</summary>
[GenerateSerializer, Immutable, Alias("Anju.Facilities.OpenWorkOrder")]
public sealed record OpenWorkOrder(
    [property: Id(0)] string EstateId,
    [property: Id(1)] string District,
    [property: Id(2)] WorkOrderKind Kind,
    [property: Id(3)] Facility Facility,
    [property: Id(4)] string Code,
    [property: Id(5)] IncidentSeverity Severity,
    [property: Id(6)] FaultSource Source,
    [property: Id(7)] string ReportedBy,
    [property: Id(8)] string Detail,
    [property: Id(9)] WorkOrderRoute Route,
    [property: Id(10)] DateTimeOffset ReportedAt)
{
    [Id(11)] public string? DwellingId { get; init; }

    [Id(12)] public string? AlarmId { get; init; }

    /// <summary>Preventive orders: when the maintenance is due.</summary>
    [Id(13)] public DateTimeOffset? DueAt { get; init; }
}

/// <summary>One step on a work order. <see cref="ExpectedVersion"/> is the version the actor saw (409 if it moved).
/// <see cref="Actor"/> is always the signed-in user.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Facilities.WorkOrderCommand")]
public sealed record WorkOrderCommand(
    [property: Id(0)] WorkOrderAction Action,
    [property: Id(1)] long ExpectedVersion,
    [property: Id(2)] string Actor)
{
    [Id(3)] public string? Note { get; init; }

    /// <summary>Why: required for send-back and cancel.</summary>
    [Id(4)] public string? Reason { get; init; }

    /// <summary>Dispatch: the technician or team sent.</summary>
    [Id(5)] public string? Assignee { get; init; }

    /// <summary>Repair: what it cost, in yuan (decimal, two places).</summary>
    [Id(6)] public decimal? Cost { get; init; }

    /// <summary>Repair: the spending category of the public-revenue account (labour, parts, outsourced …).</summary>
    [Id(7)] public string? CostCategory { get; init; }

    /// <summary>Verify and send-back: in what capacity the actor verifies (the edge decides it from the actor's post).</summary>
    [Id(8)] public VerifierRole? Verifier { get; init; }

    /// <summary>Cancel: who approved (the edge decides it from the actor's post).</summary>
    [Id(9)] public ApproverRole? Approver { get; init; }

    /// <summary>A client's id making a repeat of this command harmless.</summary>
    [Id(10)] public string? CommandId { get; init; }

    /// <summary>Verify or close: the resident's satisfaction, 1 (poor) to 5 (very good), feeding the contract's scorecard.</summary>
    [Id(11)] public int? Rating { get; init; }
}

/// <summary>One recorded step of an order: what, who, when, where it stood after, and why.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Facilities.WorkOrderStep")]
public sealed record WorkOrderStep(
    [property: Id(0)] string Action,
    [property: Id(1)] WorkOrderStatus Status,
    [property: Id(2)] EscalationLevel Level,
    [property: Id(3)] string Actor,
    [property: Id(4)] DateTimeOffset At)
{
    [Id(5)] public string? Note { get; init; }

    [Id(6)] public string? Reason { get; init; }
}

/// <summary>A work order as a queue, a facility and a screen list it: small, versioned (newest wins).</summary>
[GenerateSerializer, Immutable, Alias("Anju.Facilities.WorkOrderSummary")]
public sealed record WorkOrderSummary(
    [property: Id(0)] string OrderId,
    [property: Id(1)] long Version,
    [property: Id(2)] string EstateId,
    [property: Id(3)] string District,
    [property: Id(4)] WorkOrderKind Kind,
    [property: Id(5)] string FacilityId,
    [property: Id(6)] FacilityType FacilityType,
    [property: Id(7)] string Code,
    [property: Id(8)] IncidentSeverity Severity,
    [property: Id(9)] WorkOrderStatus Status,
    [property: Id(10)] EscalationLevel Level,
    [property: Id(11)] WorkOrderRoute Route,
    [property: Id(12)] WorkOrderDeadlines Deadlines,
    [property: Id(13)] DateTimeOffset ReportedAt,
    [property: Id(14)] DateTimeOffset UpdatedAt)
{
    [Id(15)] public string? BuildingId { get; init; }

    [Id(16)] public string? GridId { get; init; }

    /// <summary>Breached a clock (and climbed the ladder for it).</summary>
    [Id(17)] public bool Overdue { get; init; }

    /// <summary>How far the open order takes its facility down.</summary>
    [Id(18)] public FacilityStatus Impact { get; init; }

    [Id(19)] public decimal? Cost { get; init; }

    /// <summary>Preventive: when due.</summary>
    [Id(20)] public DateTimeOffset? DueAt { get; init; }

    [Id(21)] public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>Times the verification sent it back.</summary>
    [Id(22)] public int SentBack { get; init; }

    /// <summary>The resident's satisfaction (1–5) given when it was verified or closed.</summary>
    [Id(23)] public int? Rating { get; init; }

    /// <summary>Repeats of the same fault while open (<see cref="WorkOrderSnapshot.Occurrences"/>), for the scorecard.</summary>
    [Id(24)] public int Occurrences { get; init; } = 1;

    /// <summary>When it was accepted and when repaired (the scorecard's response and repair times).</summary>
    [Id(25)] public DateTimeOffset? AcceptedAt { get; init; }

    [Id(26)] public DateTimeOffset? RepairedAt { get; init; }

    public bool IsOpen => Status is not (WorkOrderStatus.Closed or WorkOrderStatus.Cancelled);
}

/// <summary>The whole order: its summary, what was reported, every step, and the notices sent to the households it
/// affects.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Facilities.WorkOrderSnapshot")]
public sealed record WorkOrderSnapshot(
    [property: Id(0)] WorkOrderSummary Summary,
    [property: Id(1)] FaultSource Source,
    [property: Id(2)] string ReportedBy,
    [property: Id(3)] string Detail,
    [property: Id(4)] IReadOnlyList<WorkOrderStep> History)
{
    [Id(5)] public string? DwellingId { get; init; }

    [Id(6)] public string? AlarmId { get; init; }

    [Id(7)] public string? Assignee { get; init; }

    [Id(8)] public string? CostCategory { get; init; }

    /// <summary>How many households were sent a notice of this fault (a lift's building, a pump's zone).</summary>
    [Id(9)] public int HouseholdsNotified { get; init; }

    /// <summary>Repeats of the same fault (same facility and code) while this order was open.</summary>
    [Id(10)] public int Occurrences { get; init; } = 1;
}
