using Anju.Common;
using Anju.Districts;
using Anju.Estates;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Anju.Security;

/// <summary>An estate's security desk. Durable: roster, shifts, who is on duty, policy, routes and rounds,
/// alarms, the idempotence window (state "security-desk") and the camera register ("security-cameras").
/// In memory: camera last-seen times and heartbeat ids. One tick per estate judges cameras, closes patrol
/// windows and runs the under-staffing clock; a reminder wakes the desk after a restart.</summary>
public sealed partial class EstateSecurityGrain(
    [PersistentState("security-desk", StorageNames.Main)] IPersistentState<SecurityDeskState> desk,
    [PersistentState("security-cameras", StorageNames.Main)] IPersistentState<SecurityCamerasState> register,
    TimeProvider clock,
    IOptions<SecurityOptions> options,
    ILogger<EstateSecurityGrain> log) : Grain, IEstateSecurityGrain, IRemindable
{
    private const string WatchReminder = "watch";
    private SecuritySection _section = SecuritySection.Empty;
    private PopulationReport? _pendingPopulation;
    private bool _populationUnwritten;
    private Debouncer? _report;
    private Debouncer? _population;
    private EventWindow _events = null!;
    private bool _watching;
    private readonly GrainHandle<IEstateGrain> _estate = new();

    private SecurityDeskState S => desk.State;

    private SecurityOptions O => options.Value;

    private string EstateId => Keys.EstateIdOfSecurity(this.GetPrimaryKeyString());

    private DateTimeOffset Now => clock.GetUtcNow();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        Reindex();
        StartCameraClock();
        _section = new SecuritySection(Rollups.NextVersion(0, Now), Counts());
        this.RegisterGrainTimer(TickAsync, new GrainTimerCreationOptions(O.TickInterval, O.TickInterval) { KeepAlive = true });
        await WatchAsync();
    }

    public Task<SecuritySection> GetSectionAsync() => Task.FromResult(_section);

    public Task ReportPopulationAsync(PopulationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var held = _pendingPopulation ?? S.Population;
        if (held is null || report.Version > held.Version)
        {
            // Interleaved call: it only notes the report; a timer turn persists it and re-evaluates staffing, at most
            // once per report delay (the pace the desk's own figures leave at). A busy estate reports on nearly every
            // move-in or exit (2,000/s over 100 estates in the benchmark), and staffing works on a grace of minutes.
            _pendingPopulation = report;
            (_population ??= new(this, O.ReportDelay, ApplyPopulationAsync)).Touch();
        }

        return Task.CompletedTask;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (_populationUnwritten)
        {
            await WriteAsync();
        }
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status) => await TickAsync();

    private async Task ApplyPopulationAsync()
    {
        if (_pendingPopulation is not { } report || (S.Population is { } held && held.Version >= report.Version))
        {
            return;
        }

        var before = Requirements(Now);
        S.Population = report;
        if (EvaluateStaffing(Now) | !before.SequenceEqual(Requirements(Now)))
        {
            await WriteAsync(); // what changes staffing is written at once: an estate with no residents leaves no desk row
        }
        else if (desk.RecordExists || report.Residents > 0)
        {
            // Resident counts that move no requirement are figures on a screen, re-sent by the estate when it activates:
            // the next tick (or deactivation) persists them, so a busy estate costs one desk write per tick, not one per move-in.
            _populationUnwritten = true;
        }

        Changed();
    }

    /// <summary>Guards required per zone (and the estate, last) under the ratios of the period.</summary>
    private List<(string? ZoneId, int Required)> Requirements(DateTimeOffset now) => [.. Staffing(now).Select(z => (z.ZoneId, z.Required))];

    /// <summary>The one periodic turn: cameras, patrol windows, the staffing clock; persisted once if anything moved.</summary>
    private async Task TickAsync()
    {
        var now = Now;
        var changed = SweepCameras(now) | ClosePatrolWindows(now) | EvaluateStaffing(now) | _populationUnwritten;
        if (changed)
        {
            await WriteAsync();
        }

        Changed();
    }

    /// <summary>Persist the desk; on failure reload so memory matches what is durable, and fail the caller.</summary>
    private async Task WriteAsync()
    {
        try
        {
            await desk.WriteStateAsync();
            _populationUnwritten = false;
        }
        catch (Exception ex)
        {
            log.LogWarning(ex, "Security desk {EstateId} could not persist; reloading", EstateId);
            await desk.ReadStateAsync();
            _populationUnwritten = false;
            Reindex();
            throw;
        }
    }

    private void Reindex()
    {
        _events = new EventWindow(S.RecentEvents, O.EventWindow, O.EventWindowSize);
        ReindexCameras();
    }

    /// <summary>Keeps a reminder while the desk has anything to watch, so a restart wakes it (clocks are durable).</summary>
    private async Task WatchAsync()
    {
        if (_watching || (register.State.Cameras.Count == 0 && S.Routes.Count == 0 && S.Guards.Count == 0 && (S.Population?.Residents ?? 0) == 0))
        {
            return;
        }

        await this.RegisterOrUpdateReminder(WatchReminder, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5));
        _watching = true;
    }

    /// <summary>Recomputes the counts; a change reaches the estate (debounced), and from there district and city.</summary>
    private void Changed()
    {
        var counts = Counts();
        if (counts == _section.Counts)
        {
            return;
        }

        _section = new SecuritySection(Rollups.NextVersion(_section.Version, Now), counts);
        (_report ??= new(this, O.ReportDelay, ReportAsync)).Touch();
    }

    private Task ReportAsync() =>
        _estate.Get(GrainFactory, Keys.Estate(EstateId)).ReportSecurityAsync(_section);

    private Task<EstateStructure> StructureAsync() => GrainFactory.GetGrain<IEstateGrain>(Keys.Estate(EstateId)).GetStructureAsync();
}
