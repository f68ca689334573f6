using Anju.Common;
using Anju.Estates;
using Microsoft.Extensions.Options;

namespace Anju.Community;

/// <summary>An estate's volunteers, building leaders (樓長) and volunteer activities with their hours (志願時, §4.5,
/// §5.2–5.3). <see cref="VolunteerRules"/> checks each record, <see cref="VolunteerHours"/> totals; the grain reads the
/// estate's buildings, stores, then answers.</summary>
internal sealed class VolunteerRosterGrain(
    [PersistentState("volunteers", StorageNames.Main)] IPersistentState<VolunteerRosterState> state,
    TimeProvider clock,
    IOptions<VolunteerOptions> options) : Grain, IVolunteerRosterGrain
{
    private VolunteerRosterState S => state.State;

    private VolunteerOptions O => options.Value;

    private DateOnly Today => O.CityDay(clock.GetUtcNow());

    public async Task<Volunteer> RegisterAsync(Volunteer volunteer, string actor)
    {
        var next = VolunteerRules.Volunteer(volunteer, await BuildingsAsync(volunteer?.BuildingId), Today) with { RegisteredBy = actor };
        var index = S.Volunteers.FindIndex(v => v.VolunteerId == next.VolunteerId);
        if (index >= 0 && S.Volunteers[index] with { RegisteredBy = actor } == next)
        {
            return S.Volunteers[index];
        }

        Put(S.Volunteers, index, next);
        await SaveAsync();
        return next;
    }

    public async Task<BuildingLeader> SetLeaderAsync(BuildingLeader leader)
    {
        var next = VolunteerRules.Leader(leader, await BuildingsAsync(leader?.BuildingId), Today);
        var index = S.Leaders.FindIndex(l => l.BuildingId == next.BuildingId);
        if (index >= 0 && S.Leaders[index] with { AppointedBy = next.AppointedBy } == next)
        {
            return S.Leaders[index];
        }

        Put(S.Leaders, index, next);
        await SaveAsync();
        return next;
    }

    public async Task<ActivityEntry> RecordActivityAsync(VolunteerActivity activity, string actor)
    {
        var next = VolunteerRules.Activity(activity, S.Volunteers.Select(v => v.VolunteerId).ToHashSet(StringComparer.Ordinal),
            O.MaxHoursPerActivity, O.MaxParticipants, Today);
        if (S.Activities.Find(a => a.Activity.ActivityId == next.ActivityId) is { } recorded)
        {
            return VolunteerRules.Same(recorded.Activity, next) ? recorded
                : throw new ConflictException($"Activity {next.ActivityId} was already recorded with other content.");
        }

        var entry = new ActivityEntry(next, actor, clock.GetUtcNow());
        S.Activities.Add(entry);
        await SaveAsync();
        return entry;
    }

    public Task<VolunteerRosterView> GetAsync() => Task.FromResult(new VolunteerRosterView(
        Keys.EstateIdOfVolunteers(this.GetPrimaryKeyString()),
        [.. S.Volunteers.OrderBy(v => v.VolunteerId, StringComparer.Ordinal)],
        [.. S.Leaders.OrderBy(l => l.BuildingId, StringComparer.Ordinal)],
        [.. S.Activities.OrderByDescending(a => a.Activity.Date).ThenBy(a => a.Activity.ActivityId, StringComparer.Ordinal)],
        Totals(null, null),
        S.Version));

    public Task<VolunteerHoursTotals> GetHoursAsync(DateOnly? from, DateOnly? to) => Task.FromResult(Totals(from, to));

    private VolunteerHoursTotals Totals(DateOnly? from, DateOnly? to) => VolunteerHours.Totals(S.Volunteers, S.Activities.Select(a => a.Activity), from, to);

    /// <summary>The estate's buildings, read only when a building is named.</summary>
    private async Task<ISet<string>> BuildingsAsync(string? named)
    {
        if (string.IsNullOrWhiteSpace(named))
        {
            return new HashSet<string>();
        }

        var estate = GrainFactory.GetGrain<IEstateGrain>(Keys.Estate(Keys.EstateIdOfVolunteers(this.GetPrimaryKeyString())));
        return (await estate.GetStructureAsync()).Buildings.Select(b => b.BuildingId).ToHashSet(StringComparer.Ordinal);
    }

    private static void Put<T>(List<T> list, int index, T item)
    {
        if (index >= 0)
        {
            list[index] = item;
        }
        else
        {
            list.Add(item);
        }
    }

    private async Task SaveAsync()
    {
        S.Version++;
        await state.WriteOrReloadAsync();
    }
}
