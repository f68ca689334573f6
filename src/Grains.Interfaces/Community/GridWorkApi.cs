namespace Anju.Community;

/// <summary>
/// A grid's work (網格工作, §4.3): information-collection tasks over the grid's dwellings and mediation records
/// (人民調解, with legal-aid referral, §5.2). Key: <see cref="Keys.GridWork"/>. Every command is acknowledged once
/// stored; a repeat (the same command id, or the same dwelling's visit, the same outcome) applies nothing, and the same
/// id with other content is a conflict.
/// </summary>
[Alias("Anju.Community.IGridWorkGrain")]
public interface IGridWorkGrain : IGrainWithStringKey
{
    /// <summary>Opens a task over dwellings of this grid (each must be the grid's: 400 otherwise).</summary>
    Task<InfoTask> CreateTaskAsync(NewInfoTask task, string actor);

    /// <summary>Records one dwelling of a task done.</summary>
    Task<InfoTask> RecordVisitAsync(string taskId, string dwellingId, string? note, string actor);

    /// <summary>Opens a mediation record.</summary>
    Task<Mediation> OpenMediationAsync(NewMediation mediation, string actor);

    /// <summary>Records a mediation's outcome (settled, not settled, referred to legal aid).</summary>
    Task<Mediation> RecordOutcomeAsync(string mediationId, MediationResult result, string actor);

    /// <summary>The tasks and mediations, open first.</summary>
    [ReadOnly]
    Task<GridWorkView> GetAsync();

    /// <summary>The grid's day: tasks due and mediations open (matters are added by the caller that may read them).</summary>
    [ReadOnly]
    Task<GridWorkToday> GetTodayAsync();
}
