using Anju.Districts;
using Anju.Errors;
using Anju.Estates;
using Anju.Live;
using Microsoft.AspNetCore.SignalR;

namespace Anju.Dashboard.Live;

/// <summary>Reads the current state of a scope for the snapshot a screen gets on subscribe.
/// One entry per scope kind; a kind without one gets no snapshot, only updates.</summary>
public sealed class LiveSnapshots(IGrainFactory grains)
{
    private static readonly Dictionary<string, Func<IGrainFactory, LiveScope, Task<LiveUpdate>>> Readers =
        new(StringComparer.Ordinal)
        {
            [LiveScope.EstateKind] = ReadEstateAsync,
            [Scopes.City] = ReadCityAsync,
            ["district"] = ReadDistrictAsync,
            ["incidents"] = ReadIncidentsAsync,
        };

    /// <summary>The scope's current state, or null when its kind has no snapshot.
    /// Throws <see cref="HubException"/> when the object does not exist.</summary>
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
            throw new HubException($"no such {scope.Kind}");
        }
    }

    private static async Task<LiveUpdate> ReadEstateAsync(IGrainFactory grains, LiveScope scope)
    {
        var status = await grains.GetGrain<IEstateGrain>(Keys.Estate(scope.Id)).GetStatusAsync();
        return new LiveUpdate(scope.Name, LiveScope.EstateKind, status.Version, status);
    }

    private static async Task<LiveUpdate> ReadDistrictAsync(IGrainFactory grains, LiveScope scope)
    {
        var status = await grains.GetGrain<IDistrictGrain>(Keys.District(scope.Id)).GetStatusAsync();
        return new LiveUpdate(scope.Name, "district", status.Version, status);
    }

    /// <summary>An estate's open incidents, newest first, at the version of the book's last count.</summary>
    private static async Task<LiveUpdate> ReadIncidentsAsync(IGrainFactory grains, LiveScope scope)
    {
        var book = grains.GetGrain<Incidents.IEstateIncidentsGrain>(Keys.EstateIncidents(scope.Id));
        var section = await book.GetSectionAsync();
        var open = await book.ListAsync(new Incidents.IncidentQuery(Open: true));
        return new LiveUpdate(scope.Name, "incidents", section.Version, open);
    }

    private static async Task<LiveUpdate> ReadCityAsync(IGrainFactory grains, LiveScope scope)
    {
        var status = await grains.GetGrain<ICityGrain>(Keys.City).GetStatusAsync();
        return new LiveUpdate(scope.Name, Scopes.City, status.Version, status);
    }
}
