namespace Anju.Facilities;

/// <summary>One work order (工單): the single owner of its steps, clocks and cost. Key: <see cref="Keys.WorkOrder"/>.
/// Opened by the estate's facilities grain (which generates the id); reports every change to that grain and to its
/// queue. A durable reminder runs while it is not yet accepted or a clock is running; a breached clock climbs the
/// incident ladder (<see cref="Incidents.EscalationLevel"/>). Every command is acknowledged once durable.</summary>
[Alias("Anju.Facilities.IWorkOrderGrain")]
public interface IWorkOrderGrain : IGrainWithStringKey
{
    /// <summary>Creates the order as reported, starts its clocks and issues the affected households' notices.
    /// Repeating the identical creation is harmless.</summary>
    Task<WorkOrderSnapshot> OpenAsync(OpenWorkOrder command);

    /// <summary>Moves the order one step. <see cref="ConflictException"/> on a stale version or an illegal step
    /// (closing unverified, verifying as the company); <see cref="ValidationException"/> naming the field.</summary>
    Task<WorkOrderSnapshot> ActAsync(WorkOrderCommand command);

    /// <summary>The same fault was reported again while open: counts an occurrence (no new order).</summary>
    Task<WorkOrderSnapshot> RepeatAsync(string reportedBy, string? detail);

    /// <summary>Adds a note without moving the order (the alarm that opened it cleared; a device's clear code).</summary>
    Task<WorkOrderSnapshot> NoteAsync(string actor, string note);

    /// <summary>The whole order; <see cref="NotFoundException"/> when never opened.</summary>
    [ReadOnly]
    Task<WorkOrderSnapshot> GetAsync();
}
