using Anju.Common;
using Anju.Incidents;
using Anju.Money;

namespace Anju.Community;

/// <summary>An estate's environment (<see cref="IEnvironmentGrain"/>): stations, sorting months and matters recorded by
/// hand, counted with the estate's incidents of the environment categories (<see cref="SortingRules"/>).</summary>
internal sealed class EnvironmentGrain(
    [PersistentState("environment", StorageNames.Main)] IPersistentState<EnvironmentState> state,
    TimeProvider clock) : Grain, IEnvironmentGrain
{
    /// <summary>The most stations and hand-recorded matters an estate keeps (the oldest matters go first).</summary>
    private const int MaxStations = 200;
    private const int MattersKept = 2_000;

    private EnvironmentState S => state.State;

    private string EstateId => Keys.EstateIdOfCommunity(this.GetPrimaryKeyString());

    public async Task<EnvironmentView> RegisterStationAsync(GarbageStation station, string actor)
    {
        var next = SortingRules.Station(station);
        if (!SameContent.Seen(S.Stations.Find(s => s.StationId == next.StationId), next, $"Station {next.StationId}"))
        {
            if (S.Stations.Count >= MaxStations)
            {
                throw new ConflictException($"The estate already registers {MaxStations} garbage stations, the most it may.");
            }

            S.Stations.Add(next);
            await SaveAsync();
        }

        return await GetAsync();
    }

    public async Task<EnvironmentView> RecordSortingAsync(string month, IReadOnlyDictionary<WasteStream, decimal> kilograms, string actor)
    {
        var m = MoneyChecks.Month("month", month);
        var kg = SortingRules.Kilograms(kilograms);
        if (S.Months.Find(x => x.Month == m) is { } held)
        {
            return kg.All(k => held.Kilograms.TryGetValue(k.Key, out var v) && v == k.Value) ? await GetAsync()
                : throw new ConflictException($"The sorting figures of {m} were already recorded with other figures.");
        }

        S.Months.Add(new SortingMonth(m, kg, kg.Values.Sum(), SortingRules.Rate(kg), actor, clock.GetUtcNow()));
        S.Months.Sort((a, b) => string.CompareOrdinal(b.Month, a.Month));
        await SaveAsync();
        return await GetAsync();
    }

    public async Task<EnvironmentView> RecordMatterAsync(string recordId, EnvironmentCategory category, DateOnly date, string note, string actor)
    {
        var id = Validate.Id("recordId", recordId);
        var day = MoneyChecks.Day("date", date);
        var text = Validate.Text("note", note, 500);
        if (!Enum.IsDefined(category))
        {
            throw new ValidationException("category", $"category must be one of {string.Join(", ", Enum.GetNames<EnvironmentCategory>())}.");
        }

        if (S.Matters.Find(x => x.RecordId == id) is { } held)
        {
            return (held.Category, held.Date, held.Note) == (category, day, text) ? await GetAsync()
                : throw new ConflictException($"Matter {id} was already recorded with other content.");
        }

        S.Matters.Insert(0, new EnvironmentMatter(id, category, day, text, actor, clock.GetUtcNow()));
        if (S.Matters.Count > MattersKept)
        {
            S.Matters.RemoveRange(MattersKept, S.Matters.Count - MattersKept);
        }

        await SaveAsync();
        return await GetAsync();
    }

    public async Task<EnvironmentView> GetAsync()
    {
        var incidents = await GrainFactory.GetGrain<IEstateIncidentsGrain>(Keys.EstateIncidents(EstateId)).ListAsync(new IncidentQuery());
        return new(EstateId, SortingRules.Count(incidents, S.Matters), [.. S.Stations], [.. S.Months], [.. S.Matters.Take(100)], S.Version);
    }

    private async Task SaveAsync()
    {
        S.Version++;
        await state.WriteOrReloadAsync();
    }
}
