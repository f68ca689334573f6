namespace Anju.Community;

/// <summary>
/// An estate's residents' self-governance roster (§4.5, §5.2–5.3): volunteers, building leaders (樓長) and volunteer
/// activities with their hours (志願時). Key: <see cref="Keys.Volunteers"/>. Registrations and leaders are records kept
/// current (the same record again changes nothing); an activity is recorded once by its id (other content: conflict).
/// </summary>
[Alias("Anju.Community.IVolunteerRosterGrain")]
public interface IVolunteerRosterGrain : IGrainWithStringKey
{
    /// <summary>Registers a volunteer or updates the registration (a building named must be the estate's).</summary>
    Task<Volunteer> RegisterAsync(Volunteer volunteer, string actor);

    /// <summary>Names a building's leader (replacing the previous one).</summary>
    Task<BuildingLeader> SetLeaderAsync(BuildingLeader leader);

    /// <summary>Records an activity and every volunteer's hours at it.</summary>
    Task<ActivityEntry> RecordActivityAsync(VolunteerActivity activity, string actor);

    /// <summary>The roster, leaders, activities (newest first) and the totals of all hours.</summary>
    [ReadOnly]
    Task<VolunteerRosterView> GetAsync();

    /// <summary>Hours per person and for the estate over a period (inclusive; null: open-ended).</summary>
    [ReadOnly]
    Task<VolunteerHoursTotals> GetHoursAsync(DateOnly? from, DateOnly? to);
}
