using Anju.Common;
using Anju.Districts;
using Anju.Live;
using Microsoft.Extensions.Options;

namespace Anju.Facilities;

/// <summary>A contract's (or a housing office's) work queue: keeps the newest summary of each order routed here,
/// persists it, and publishes the queue on its live scope at most once per report delay.</summary>
internal sealed class WorkQueueGrain(
    [PersistentState("work-queue", StorageNames.Main)] IPersistentState<WorkQueueState> state,
    TimeProvider clock,
    IOptions<FacilityOptions> options) : Grain, IWorkQueueGrain
{
    private Throttle? _publish;
    private long _version;
    private SerialWrites<WorkQueueState>? _writes;

    private string QueueId => Keys.WorkQueueIdOf(this.GetPrimaryKeyString());

    private Throttle Publish => _publish ??= new(this, options.Value.ReportDelay, () =>
        GrainFactory.GetGrain<ILiveFeedGrain>(Scopes.Queue(QueueId)).PublishAsync(LiveUpdate.Queue(View())));

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _version = Rollups.NextVersion(_version, clock.GetUtcNow());
        var period = options.Value.TickInterval;
        this.RegisterGrainTimer(() => { Publish.Touch(); return Task.CompletedTask; }, period, period); // preventive orders fall past due
        return Task.CompletedTask;
    }

    public async Task ReportAsync(WorkOrderSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        if (QueueBook.Take(state.State.Orders, summary, clock.GetUtcNow()))
        {
            await (_writes ??= new(state)).WriteAsync();
            Publish.Touch();
        }
    }

    public Task<WorkQueueView> GetAsync() => Task.FromResult(View());

    private WorkQueueView View()
    {
        _version = Rollups.NextVersion(_version, clock.GetUtcNow());
        return QueueBook.View(QueueId, _version, state.State.Orders.Values, clock.GetUtcNow());
    }
}
