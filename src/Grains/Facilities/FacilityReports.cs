using Anju.Common;
using Anju.Districts;
using Anju.Estates;
using Anju.Live;

namespace Anju.Facilities;

/// <summary>What the facilities grain tells others: its section to the estate when the counts move (at most once per
/// report delay, through a <see cref="Throttle"/>), and its overview on the live scope <c>facilities/{estate}</c>.
/// Versions come from <see cref="Rollups.NextVersion"/>, so a re-activated grain never reports an older one.</summary>
internal sealed class FacilityReports(IGrainBase grain, IGrainFactory grains, string estateId, EstateFacilitiesState state, TimeProvider clock, TimeSpan delay)
{
    private readonly GrainHandle<IEstateGrain> _estate = new();
    private Throttle? _throttle;
    private long _published;

    public FacilitySection Section { get; private set; } = new(Rollups.NextVersion(0, clock.GetUtcNow()), FacilityTally.Counts(state, clock.GetUtcNow()));

    /// <summary>Something changed: report and publish soon.</summary>
    public void Touch() => (_throttle ??= new(grain, delay, PushAsync)).Touch();

    public FacilityOverview Overview()
    {
        var now = clock.GetUtcNow();
        return new(estateId, FacilityTally.Counts(state, now), FacilityTally.ByType(state), FacilityTally.Open(state), _published = Rollups.NextVersion(_published, now));
    }

    private async Task PushAsync()
    {
        var now = clock.GetUtcNow();
        var counts = FacilityTally.Counts(state, now);
        if (counts != Section.Counts)
        {
            Section = new FacilitySection(Rollups.NextVersion(Section.Version, now), counts);
            await _estate.Get(grains, Keys.Estate(estateId)).ReportFacilitiesAsync(Section);
        }

        grains.GetGrain<ILiveFeedGrain>(Scopes.Facilities(estateId)).PublishAsync(LiveUpdate.Facilities(Overview())).Ignore();
    }
}
