using Anju.Common;
using Anju.Estates;
using Microsoft.Extensions.Logging;

namespace Anju.Dwellings;

/// <summary>Owns one dwelling's occupancy; reports every change to its estate.</summary>
public sealed class DwellingGrain(
    [PersistentState("dwelling", StorageNames.Main)] IPersistentState<DwellingState> state,
    TimeProvider clock,
    ILogger<DwellingGrain> log) : Grain, IDwellingGrain
{
    private static readonly TimeSpan ReportRetry = TimeSpan.FromSeconds(5);
    private IGrainTimer? _reportRetry;

    private DwellingState S => state.State;

    public async Task<DwellingSnapshot> CreateAsync(CreateDwelling command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (S.Exists)
        {
            return S.EstateId == command.EstateId && S.FloorArea.Equals(command.FloorArea)
                ? S.ToSnapshot()
                : throw new ConflictException($"Dwelling '{command.DwellingId}' already exists.");
        }

        S.EstateId = command.EstateId;
        S.DwellingId = command.DwellingId;
        S.FloorArea = command.FloorArea;
        S.State = OccupancyState.Vacant;
        S.Version = 1;
        await state.WriteStateAsync();
        return S.ToSnapshot();
    }

    public async Task<DwellingSnapshot> ChangeOccupancyAsync(ChangeOccupancy command)
    {
        ArgumentNullException.ThrowIfNull(command);
        EnsureExists();
        var actor = Validate.Text("actor", command.Actor, 100);
        if (!Enum.IsDefined(command.Action))
        {
            throw new ValidationException("action", $"Unknown action {command.Action}.");
        }

        var to = OccupancyRules.Next(S.State, command.Action);
        S.History.Add(new OccupancyTransition(S.State, to, command.Action, actor, command.Reason?.Trim(), clock.GetUtcNow()));
        S.State = to;
        S.Version++;
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            // Nothing was acknowledged: drop the in-memory change so it matches storage.
            await state.ReadStateAsync();
            throw;
        }

        await ReportAsync();
        return S.ToSnapshot();
    }

    public Task<DwellingSnapshot> GetAsync()
    {
        EnsureExists();
        return Task.FromResult(S.ToSnapshot());
    }

    /// <summary>The change is durable here, so a failed report does not fail the command: the
    /// estate's rollup is derived and catches up when a retry delivers the (versioned) summary.</summary>
    private async Task ReportAsync()
    {
        try
        {
            await GrainFactory.GetGrain<IEstateGrain>(Keys.Estate(S.EstateId)).ReportDwellingAsync(S.ToSummary());
            _reportRetry?.Dispose();
            _reportRetry = null;
        }
        catch (Exception ex) when (ex is not ConflictException)
        {
            log.LogWarning(ex, "Report of dwelling {EstateId}/{DwellingId} v{Version} failed; retrying", S.EstateId, S.DwellingId, S.Version);
            _reportRetry ??= this.RegisterGrainTimer(ReportAsync, ReportRetry, ReportRetry);
        }
    }

    private void EnsureExists()
    {
        if (!S.Exists)
        {
            var (estateId, dwellingId) = Keys.DwellingIdOf(this.GetPrimaryKeyString());
            throw new NotFoundException("dwelling", $"{estateId}/{dwellingId}");
        }
    }
}
