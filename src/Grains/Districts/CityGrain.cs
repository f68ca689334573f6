using Anju.Common;
using Anju.Estates;
using Anju.Live;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Anju.Districts;

/// <summary>
/// Rolls up the eleven districts. Nothing here is a fact: on activation it pulls every district's
/// totals, then keeps the newest report per district.
/// </summary>
internal sealed class CityGrain(IOptions<RollupOptions> rollup, TimeProvider clock, ILogger<CityGrain> log) : Grain, ICityGrain
{
    private readonly Dictionary<string, DistrictSummary> _districts = new(StringComparer.Ordinal);
    private Throttle? _publish;
    private long _version;

    private Throttle Publish => _publish ??= new(this, rollup.Value.ReportDelay, PublishAsync);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        foreach (var code in DistrictCodes.All.Keys)
        {
            try
            {
                // The district answers only after its own activation pulled its estates.
                Apply(await GrainFactory.GetGrain<IDistrictGrain>(Keys.District(code)).GetSummaryAsync());
            }
            catch (Exception ex)
            {
                log.LogWarning(ex, "City could not pull district {District}; it will report itself", code);
            }
        }
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        CityMeter.Incidents(null);
        return Task.CompletedTask;
    }

    public Task ReportAsync(DistrictSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        Apply(summary);
        return Task.CompletedTask;
    }

    public Task<CityStatus> GetStatusAsync() => Task.FromResult(Status());

    private void Apply(DistrictSummary summary)
    {
        if (Rollups.ApplyNewest(_districts, summary.Code, summary, s => s.Version))
        {
            _version = Rollups.NextVersion(_version, clock.GetUtcNow());
            Publish.Touch();
        }
    }

    private Task PublishAsync()
    {
        var status = Status();
        CityMeter.Incidents(status.Totals.Incidents);
        return GrainFactory.GetGrain<ILiveFeedGrain>(Scopes.City).PublishAsync(LiveUpdate.City(status));
    }

    private CityStatus Status() =>
        new(_version, _districts.Values.Sum(d => d.Estates), Rollups.Sum(_districts.Values.Select(d => d.Occupancy)),
            [.. _districts.Values.OrderBy(d => d.Code, StringComparer.Ordinal)])
        {
            Totals = Rollups.Totals([.. _districts.Values.Select(d => d.Totals)]),
        };
}
