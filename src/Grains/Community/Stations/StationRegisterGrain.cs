using Anju.Common;

namespace Anju.Community;

/// <summary>An estate's community service stations (社區服務站, §4.4): a register kept current by the community's
/// managers. <see cref="StationRules"/> checks each record; the grain stores it, then answers.</summary>
internal sealed class StationRegisterGrain(
    [PersistentState("stations", StorageNames.Main)] IPersistentState<StationRegisterState> state,
    TimeProvider clock) : Grain, IStationRegisterGrain
{
    public async Task<StationEntry> SetAsync(ServiceStation station, string actor)
    {
        var next = StationRules.Check(station);
        var index = state.State.Stations.FindIndex(s => s.Station.StationId == next.StationId);
        if (index >= 0 && StationRules.Same(state.State.Stations[index].Station, next))
        {
            return state.State.Stations[index];
        }

        var entry = new StationEntry(next, actor, clock.GetUtcNow());
        if (index >= 0)
        {
            state.State.Stations[index] = entry;
        }
        else
        {
            state.State.Stations.Add(entry);
        }

        await state.WriteOrReloadAsync();
        return entry;
    }

    public async Task RemoveAsync(string stationId, string actor)
    {
        var id = Validate.Id("stationId", stationId);
        if (state.State.Stations.RemoveAll(s => s.Station.StationId == id) == 0)
        {
            throw new NotFoundException("station", id);
        }

        await state.WriteOrReloadAsync();
    }

    public Task<IReadOnlyList<StationEntry>> ListAsync() =>
        Task.FromResult<IReadOnlyList<StationEntry>>([.. state.State.Stations.OrderBy(s => s.Station.StationId, StringComparer.Ordinal)]);
}
