using Anju.Alarms;
using Anju.Contracts;
using Anju.Districts;
using Anju.Errors;
using Anju.Estates;
using Anju.Facilities;
using Anju.Incidents;
using Anju.Live;

namespace Anju.Dashboard.Live;

/// <summary>Reads the current state of a scope for the snapshot a screen gets on subscribe.
/// One entry per scope kind; a kind without one gets no snapshot, only updates.</summary>
public sealed class LiveSnapshots(IGrainFactory grains)
{
    private static readonly Dictionary<string, Func<IGrainFactory, LiveScope, Task<LiveUpdate>>> Readers =
        new(StringComparer.Ordinal)
        {
            [Scopes.EstateKind] = ReadEstateAsync,
            [Scopes.City] = ReadCityAsync,
            [Scopes.DistrictKind] = ReadDistrictAsync,
            [Scopes.IncidentsKind] = ReadIncidentsAsync,
            [Scopes.FacilitiesKind] = ReadFacilitiesAsync,
            [Scopes.QueueKind] = ReadQueueAsync,
            [Scopes.ContractKind] = ReadScorecardAsync,
            [Scopes.AlarmsKind] = ReadAlarmsAsync,
        };

    /// <summary>The scope's current state, or null when its kind has no snapshot.
    /// Refuses with <see cref="HubErrorCode.NotFound"/> when the object does not exist.</summary>
    public async Task<LiveUpdate?> ReadAsync(LiveScope scope)
    {
        if (!Readers.TryGetValue(scope.Kind, out var read))
        {
            return null;
        }

        try
        {
            return await read(grains, scope);
        }
        catch (NotFoundException)
        {
            throw HubError.Of(HubErrorCode.NotFound, $"no such {scope.Kind}");
        }
    }

    private static async Task<LiveUpdate> ReadEstateAsync(IGrainFactory grains, LiveScope scope) =>
        LiveUpdate.Estate(await grains.GetGrain<IEstateGrain>(Keys.Estate(scope.Id)).GetStatusAsync());

    private static async Task<LiveUpdate> ReadDistrictAsync(IGrainFactory grains, LiveScope scope) =>
        LiveUpdate.District(await grains.GetGrain<IDistrictGrain>(Keys.District(scope.Id)).GetStatusAsync());

    /// <summary>An estate's open incidents, newest first, at the version of the book's last count.</summary>
    private static async Task<LiveUpdate> ReadIncidentsAsync(IGrainFactory grains, LiveScope scope)
    {
        var book = grains.GetGrain<IEstateIncidentsGrain>(Keys.EstateIncidents(scope.Id));
        var section = await book.GetSectionAsync();
        var open = await book.ListAsync(new IncidentQuery(Open: true));
        return LiveUpdate.Incidents(scope.Id, section.Version, open);
    }

    private static async Task<LiveUpdate> ReadFacilitiesAsync(IGrainFactory grains, LiveScope scope) =>
        LiveUpdate.Facilities(await grains.GetGrain<IEstateFacilitiesGrain>(Keys.EstateFacilities(scope.Id)).GetOverviewAsync());

    private static async Task<LiveUpdate> ReadQueueAsync(IGrainFactory grains, LiveScope scope) =>
        LiveUpdate.Queue(await grains.GetGrain<IWorkQueueGrain>(Keys.WorkQueue(scope.Id)).GetAsync());

    private static async Task<LiveUpdate> ReadScorecardAsync(IGrainFactory grains, LiveScope scope) =>
        LiveUpdate.Scorecard(await grains.GetGrain<IContractScorecardGrain>(Keys.Scorecard(scope.Id)).GetAsync());

    /// <summary>An alarm board: the city's stream for <c>alarms</c>, a district's for <c>alarms/&lt;code&gt;</c>.</summary>
    private static async Task<LiveUpdate> ReadAlarmsAsync(IGrainFactory grains, LiveScope scope) =>
        LiveUpdate.Alarms(await grains.GetGrain<IAlarmStreamGrain>(scope.Id.Length == 0 ? Keys.CityAlarmStream : Keys.AlarmStream(scope.Id)).GetBoardAsync());

    private static async Task<LiveUpdate> ReadCityAsync(IGrainFactory grains, LiveScope _) =>
        LiveUpdate.City(await grains.GetGrain<ICityGrain>(Keys.City).GetStatusAsync());
}
