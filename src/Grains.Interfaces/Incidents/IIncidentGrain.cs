namespace Anju.Incidents;

/// <summary>One case (事件): the single owner of its state, history and SLA clocks. Key: <see cref="Keys.Incident"/>.
/// Cases are opened through their estate's book (<see cref="IEstateIncidentsGrain.FileAsync"/>), which
/// generates the id. Every command is acknowledged once its change is durable.</summary>
[Alias("Anju.Incidents.IIncidentGrain")]
public interface IIncidentGrain : IGrainWithStringKey
{
    /// <summary>Creates the case as collected, routes it and starts its clocks. Called by the estate's book.</summary>
    Task<IncidentSnapshot> CreateAsync(FileIncident command, IncidentRoute route, string? district);

    /// <summary>Moves the case one step. Throws <see cref="ConflictException"/> on a stale expected version
    /// or an illegal step, <see cref="ValidationException"/> naming the field on bad input.</summary>
    Task<IncidentSnapshot> ActAsync(IncidentCommand command);

    /// <summary>A device alarm repeated while this case is open: counts one more occurrence.</summary>
    Task<IncidentSnapshot> RepeatAsync(string actor);

    /// <summary>The whole case; <see cref="NotFoundException"/> when never created.</summary>
    [ReadOnly]
    Task<IncidentSnapshot> GetAsync();
}
