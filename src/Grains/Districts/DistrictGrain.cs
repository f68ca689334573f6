using Anju.Common;
using Anju.Estates;
using Anju.Live;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Anju.Districts;

/// <summary>
/// Rolls up a district's estates. Only membership is persisted; the latest summary per estate
/// is held in memory and pulled from the estates on activation, so totals are always derivable.
/// </summary>
internal sealed class DistrictGrain(
    [PersistentState("district", StorageNames.Main)] IPersistentState<DistrictState> state,
    IOptions<RollupOptions> rollup,
    IOptions<LiveFeedOptions> feed,
    TimeProvider clock,
    ILogger<DistrictGrain> log) : Grain, IDistrictGrain
{
    private readonly Dictionary<string, EstateSummary> _estates = new(StringComparer.Ordinal);
    private Throttle? _publish;
    private Throttle? _feed;
    private readonly GrainHandle<ILiveFeedGrain> _districtFeed = new();
    private readonly GrainHandle<ICityGrain> _city = new();
    private long _version;

    private string Code => Keys.DistrictCodeOf(this.GetPrimaryKeyString());

    private Throttle Publish => _publish ??= new(this, rollup.Value.ReportDelay, PublishAsync);

    /// <summary>The district's screens, at the feed's own pace: the feed forwards at most one status per
    /// <see cref="LiveFeedOptions.MinInterval"/> and keeps the newest, so building a status (all the district's
    /// estates, sorted and totalled) for every estate report would mostly build statuses the feed drops. Both
    /// throttles have a leading edge and the same interval, so the feed forwards each one as it arrives: the
    /// wait is the same single cap as before.</summary>
    private Throttle Feed => _feed ??= new(this, feed.Value.MinInterval, PublishFeedAsync);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var pulls = state.State.Estates.Select(async id =>
        {
            try
            {
                return await GrainFactory.GetGrain<IEstateGrain>(Keys.Estate(id)).GetSummaryAsync();
            }
            catch (Exception ex)
            {
                log.LogWarning(ex, "District {District} could not pull estate {EstateId}; it will report itself", Code, id);
                return null;
            }
        });
        foreach (var summary in await Task.WhenAll(pulls))
        {
            if (summary is not null)
            {
                _estates[summary.EstateId] = summary;
            }
        }

        _version = Rollups.NextVersion(_version, clock.GetUtcNow());
        Publish.Touch();
        Feed.Touch();
    }

    public async Task JoinAsync(EstateSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        if (summary.District != Code)
        {
            throw new ConflictException($"Estate '{summary.EstateId}' belongs to district {summary.District}, not {Code}.");
        }

        if (state.State.Estates.Add(summary.EstateId))
        {
            try
            {
                await state.WriteStateAsync();
            }
            catch
            {
                state.State.Estates.Remove(summary.EstateId);
                throw;
            }
        }

        Apply(summary);
    }

    public Task ReportAsync(EstateSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        if (state.State.Estates.Contains(summary.EstateId))
        {
            Apply(summary);
        }

        return Task.CompletedTask;
    }

    public Task<DistrictStatus> GetStatusAsync() => Task.FromResult(Status());

    public Task<DistrictSummary> GetSummaryAsync() => Task.FromResult(Summary());

    public Task<IReadOnlyList<string>> ListEstateIdsAsync() => Task.FromResult<IReadOnlyList<string>>([.. state.State.Estates]);

    private void Apply(EstateSummary summary)
    {
        if (Rollups.ApplyNewest(_estates, summary.EstateId, summary, s => s.Version))
        {
            _version = Rollups.NextVersion(_version, clock.GetUtcNow());
            Publish.Touch();
            Feed.Touch();
        }
    }

    private Task PublishAsync() => _city.Get(GrainFactory, Keys.City).ReportAsync(Summary());

    private Task PublishFeedAsync()
    {
        var status = Status();
        _districtFeed.Get(GrainFactory, Scopes.District(Code))
            .PublishAsync(LiveUpdate.District(status))
            .Ignore();
        return Task.CompletedTask;
    }

    private DistrictStatus Status() =>
        new(Code, Name(), _version, Rollups.Sum(_estates.Values.Select(e => e.Occupancy)),
            [.. _estates.Values.OrderBy(e => e.EstateId, StringComparer.Ordinal)])
        {
            Totals = Rollups.Totals(_estates.Values),
        };

    private DistrictSummary Summary() =>
        new(Code, Name(), _version, _estates.Count, Rollups.Sum(_estates.Values.Select(e => e.Occupancy)))
        {
            Totals = Rollups.Totals(_estates.Values),
        };

    private string Name() => DistrictCodes.All.TryGetValue(Code, out var name) ? name : Code;
}
