using Anju.Common;
using Anju.Districts;
using Anju.Estates;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Storage;

namespace Anju.Security;

/// <summary>An estate's camera register and its heartbeats (<see cref="IEstateCamerasGrain"/>). Durable (state
/// "estate-cameras"): the cameras and which are offline, written when either changes, never per heartbeat. In
/// memory: last-seen times and heartbeat ids (<see cref="CameraWatch"/>). While it holds cameras, one tick judges
/// the silent ones and a reminder wakes it after a restart. A change reaches the desk before the registration or
/// heartbeat that caused it is acknowledged; a report the desk missed is sent again on the next tick.</summary>
internal sealed class EstateCamerasGrain(
    [PersistentState("estate-cameras", StorageNames.Main)] IPersistentState<EstateCamerasState> register,
    TimeProvider clock,
    IOptions<SecurityOptions> options,
    ILogger<EstateCamerasGrain> log) : Grain, IEstateCamerasGrain, IRemindable
{
    private const string WatchReminder = "watch";
    private readonly GrainHandle<IEstateSecurityGrain> _desk = new();
    private CameraWatch _watch = null!;
    private long _version;
    private bool _unreported;
    private IGrainTimer? _tick;
    private bool _watching;

    private EstateCamerasState S => register.State;

    private SecurityOptions O => options.Value;

    private string EstateId => Keys.EstateIdOfCameras(this.GetPrimaryKeyString());

    private DateTimeOffset Now => clock.GetUtcNow();

    private IEstateSecurityGrain Desk => _desk.Get(GrainFactory, Keys.EstateSecurity(EstateId));

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (!register.RecordExists)
        {
            await LegacyCameras.AdoptAsync(register, ServiceProvider.GetRequiredKeyedService<IGrainStorage>(StorageNames.Main), Desk.GetGrainId(), log);
        }

        _watch = new CameraWatch(Now, O.CameraTimeout, O.HeartbeatWindowSize);
        _version = Rollups.NextVersion(0, Now);
        await WatchAsync();
    }

    public Task<CameraReport> GetReportAsync() => Task.FromResult(CameraWatch.Report(S, _version));

    public Task<IReadOnlyList<CameraStatus>> GetCamerasAsync() => Task.FromResult(_watch.Statuses(S));

    public async Task<int> RegisterAsync(IReadOnlyList<Camera> cameras)
    {
        ArgumentNullException.ThrowIfNull(cameras);
        var structure = await GrainFactory.GetGrain<IEstateGrain>(Keys.Estate(EstateId)).GetStructureAsync();
        if (CameraRules.Register(S.Cameras, CameraRules.Valid(cameras, structure, EstateId)))
        {
            await WriteAsync();
            await WatchAsync();
            await ReportAsync();
        }

        return S.Cameras.Count;
    }

    public async Task<IReadOnlyList<IngestResult>> IngestAsync(IReadOnlyList<DeviceEvent> heartbeats)
    {
        var results = _watch.Beat(S, heartbeats, Now, EstateId, out var cameraBack);
        if (cameraBack)
        {
            await WriteAsync(); // acknowledged only once durable and the desk has cleared the alarm
            await ReportAsync();
        }

        _watch.Remember(results.Where(r => r.Outcome == IngestOutcome.Accepted).Select(r => r.EventId));
        return results;
    }

    public Task ReceiveReminder(string reminderName, TickStatus status) => TickAsync();

    /// <summary>The periodic turn: silent cameras go offline (persisted, then reported); a missed report is resent.</summary>
    private async Task TickAsync()
    {
        if (_watch.Sweep(S, Now))
        {
            await WriteAsync();
            await ReportAsync();
        }
        else if (_unreported)
        {
            await ReportAsync();
        }
    }

    /// <summary>Persist the register under a new version; on failure reload so memory matches what is durable, and fail the caller.</summary>
    private async Task WriteAsync()
    {
        _version = Rollups.NextVersion(_version, Now);
        try
        {
            await register.WriteStateAsync();
        }
        catch (Exception ex)
        {
            log.LogWarning(ex, "Camera register {EstateId} could not persist; reloading", EstateId);
            await register.ReadStateAsync();
            (_version, _unreported) = (Rollups.NextVersion(_version, Now), true); // the desk may have pulled what was not kept
            throw;
        }
    }

    private async Task ReportAsync()
    {
        _unreported = true;
        await Desk.ReportCamerasAsync(CameraWatch.Report(S, _version));
        _unreported = false;
    }

    /// <summary>While the register holds cameras: a tick judges them, and a reminder wakes the register after a restart.</summary>
    private async Task WatchAsync()
    {
        if (_watching || S.Cameras.Count == 0)
        {
            return;
        }

        _tick ??= this.RegisterGrainTimer(TickAsync, new GrainTimerCreationOptions(O.TickInterval, O.TickInterval) { KeepAlive = true });
        await this.RegisterOrUpdateReminder(WatchReminder, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5));
        _watching = true;
    }
}
