using System.Collections.Concurrent;
using Anju.Errors;
using Anju.Estates;

namespace Anju.Access;

/// <summary>
/// Where an estate sits (district, street, zones of its grids, attached contracts), read from its grain and
/// kept for <see cref="Freshness"/>: a scope check asks it on every request, and an estate's district and street
/// never change after registration, while a contract attached just now is seen within that time.
/// The contracts are the estate's property contracts and the agency service contracts serving it today: the latter
/// come from the agency book in one call per <see cref="Freshness"/> for all estates (no contract grain is activated
/// per request), so a contract signed or a term begun or ended is seen within that time (at once on the host that
/// signed it, which forgets the list).
/// An estate is looked up only once it is known to be registered: the ids of registered estates come from the
/// districts (one call each), read again when an id is not among them, so an unknown id costs no grain activation
/// (a request naming one is answered 404 and leaves nothing behind) and an estate registered a moment ago is found:
/// an id missing from the list is checked against a list read after the request came.
/// </summary>
public sealed class PlaceDirectory(IGrainFactory grains, TimeProvider clock) : IDisposable
{
    public static readonly TimeSpan Freshness = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, (Known Known, DateTimeOffset At)> _estates = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _reading = new(1, 1);
    private HashSet<string> _registered = new(StringComparer.Ordinal);
    private long _readsStarted;
    private long _lastReadDone;
    private readonly Lock _agencyLock = new();
    private AgencyCovers? _agency;
    private long _agencyGeneration;

    /// <summary>True when an estate of that id is registered.</summary>
    public async ValueTask<bool> IsRegisteredAsync(string estateId)
    {
        if (Volatile.Read(ref _registered).Contains(estateId) || _estates.ContainsKey(estateId))
        {
            return true;
        }

        var asked = Interlocked.Read(ref _readsStarted);
        await _reading.WaitAsync();
        try
        {
            // Requests that missed while a read was under way share the next one; a read begun before this request
            // came might predate its estate.
            if (Interlocked.Read(ref _lastReadDone) <= asked)
            {
                var number = Interlocked.Increment(ref _readsStarted);
                var lists = await Task.WhenAll(DistrictCodes.All.Keys.Select(code => grains.GetGrain<Districts.IDistrictGrain>(Keys.District(code)).ListEstateIdsAsync()));
                Volatile.Write(ref _registered, lists.SelectMany(l => l).ToHashSet(StringComparer.Ordinal));
                Interlocked.Exchange(ref _lastReadDone, number);
            }
        }
        finally
        {
            _reading.Release();
        }

        return Volatile.Read(ref _registered).Contains(estateId);
    }

    /// <summary>The estate as a place; null when no such estate is registered.</summary>
    public async ValueTask<Place?> EstateAsync(string estateId) =>
        await KnownAsync(estateId) is { } known ? await WithAgencyAsync(known.Place) : null;

    /// <summary>A grid of an estate as a place (with the grid's zone); null when the estate is not registered.
    /// An unknown grid is still placed in its estate, so only estate-wide grants reach it.</summary>
    public async ValueTask<Place?> GridAsync(string estateId, string gridId)
    {
        var known = await KnownAsync(estateId);
        return known is null ? null : (await WithAgencyAsync(known.Place)).InGrid(gridId, known.ZoneOfGrid.GetValueOrDefault(gridId));
    }

    /// <summary>Forgets the agency contracts' covers (after a contract is signed on this host).</summary>
    public void ForgetAgencyContracts()
    {
        lock (_agencyLock)
        {
            _agencyGeneration++;
            _agency = null;
        }
    }

    public void Dispose() => _reading.Dispose();

    /// <summary>Forgets an estate (after its structure or contracts change on this host).</summary>
    public void Forget(string estateId) => _estates.TryRemove(estateId, out _);

    private async ValueTask<Known?> KnownAsync(string estateId)
    {
        var now = clock.GetUtcNow();
        if (_estates.TryGetValue(estateId, out var cached) && now - cached.At < Freshness)
        {
            return cached.Known;
        }

        if (!await IsRegisteredAsync(estateId))
        {
            return null;
        }

        var estate = grains.GetGrain<IEstateGrain>(Keys.Estate(estateId));
        EstateStatus status;
        EstateStructure structure;
        try
        {
            status = await estate.GetStatusAsync();
            structure = await estate.GetStructureAsync();
        }
        catch (NotFoundException)
        {
            return null;
        }

        var known = new Known(
            new Place(status.Profile.District, status.Profile.Street, estateId)
            {
                Contracts = [.. structure.Contracts.Select(c => new ContractCover(c.ContractId, c.ZoneId))],
            },
            structure.Grids.ToDictionary(g => g.GridId, g => g.ZoneId, StringComparer.Ordinal));
        _estates[estateId] = (known, now);
        return known;
    }

    private async ValueTask<Place> WithAgencyAsync(Place place)
    {
        var now = clock.GetUtcNow();
        AgencyCovers? agency;
        long generation;
        lock (_agencyLock)
        {
            (agency, generation) = (_agency, _agencyGeneration);
        }

        if (agency is null || now - agency.At >= Freshness)
        {
            var covers = await grains.GetGrain<Casework.IAgencyBookGrain>(Keys.AgencyBook).CoversAsync();
            agency = new AgencyCovers(covers.ToLookup(c => c.EstateId, c => new ContractCover(c.ContractId, null), StringComparer.Ordinal), now);
            lock (_agencyLock)
            {
                // A read begun before a contract was signed here must not be kept after it: it may not list the contract.
                if (_agencyGeneration == generation)
                {
                    _agency = agency;
                }
            }
        }

        return agency.ByEstate.Contains(place.EstateId!) ? place with { Contracts = [.. place.Contracts, .. agency.ByEstate[place.EstateId!]] } : place;
    }

    private sealed record AgencyCovers(ILookup<string, ContractCover> ByEstate, DateTimeOffset At);

    private sealed record Known(Place Place, IReadOnlyDictionary<string, string?> ZoneOfGrid);
}
