using Anju.Common;
using Anju.Districts;
using Anju.Live;
using Anju.Security;
using Microsoft.Extensions.Logging;

namespace Anju.Estates;

/// <summary>
/// Sends an estate's live figures on: its status to the estate's live feed (the wall screens), its summary to its
/// district, and its population to the security desk when it changed (§5.2: guard staffing follows it). Publishing and
/// reporting up coalesce (<see cref="Throttle"/>): both carry derived figures that catch up.
/// </summary>
internal sealed class EstatePublisher(
    IGrainBase grain, IGrainFactory grainFactory, string estateId, TimeSpan delay, EstateFigures figures, Func<EstateState> state, Func<EstateStatus> statusOf, TimeProvider clock)
{
    private readonly GrainHandle<ILiveFeedGrain> _estateFeed = new();
    private readonly GrainHandle<IEstateSecurityGrain> _desk = new();
    private readonly GrainHandle<IDistrictGrain> _districtGrain = new();
    private Throttle? _publish;

    private Throttle Publish => _publish ??= new(grain, delay, PublishAsync);

    private IGrainFactory GrainFactory => grainFactory;

    private string EstateId => estateId;

    private EstateState S => state();

    /// <summary>Rebuilds the figures as the estate activates, from their sources (<see cref="EstateSources"/>) and dated
    /// as the stored facts, and publishes them (which sends the population to the security desk).</summary>
    public async Task RebuildAsync(IEnumerable<string> gridIds, ILogger log)
    {
        var (grids, sections) = await new EstateSources(GrainFactory, EstateId, log).PullAsync(gridIds, Security());
        figures.Start(grids, sections, S.UpdatedAt, clock.GetUtcNow());
        Publish.Touch();
    }

    /// <summary>A fact or a reported figure changed: a new version of the figures, dated now, to publish.</summary>
    public void Changed()
    {
        figures.Changed(clock.GetUtcNow());
        Publish.Touch();
    }

    /// <summary>A report came in; <paramref name="changed"/> when it changed the figures.</summary>
    public Task Reported(bool changed)
    {
        if (changed)
        {
            Changed();
        }

        return Task.CompletedTask;
    }

    public IEstateSecurityGrain Security() => _desk.Get(GrainFactory, Keys.EstateSecurity(EstateId));

    public IDistrictGrain District() => _districtGrain.Get(GrainFactory, Keys.District(S.Profile!.District));

    private async Task PublishAsync()
    {
        var status = Status();
        if (figures.PopulationToSend(S, status.Version) is { } population)
        {
            Security().ReportPopulationAsync(population).Ignore();
        }

        _estateFeed.Get(GrainFactory, Scopes.Estate(EstateId))
            .PublishAsync(LiveUpdate.Estate(status))
            .Ignore();
        await District().ReportAsync(EstateRollup.Summary(status));
    }

    private EstateStatus Status() => statusOf();
}
