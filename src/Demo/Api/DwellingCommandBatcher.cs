using System.Threading.Channels;

namespace Anju.Demo.Api;

/// <summary>One command of <c>POST /api/dwellings/commands</c>.</summary>
public sealed record DwellingCommandItem(string EstateId, string DwellingId, string Command, object Body, string? CommandId = null);

/// <summary>One result of a batch; <see cref="Status"/> is the single endpoint's status for the same command.</summary>
public sealed record DwellingCommandAnswer(int Index, string Outcome, int Status, OccupancyState? State, long? Version, string? Field, string? Error);

/// <summary>The answer of <c>POST /api/dwellings/commands</c>.</summary>
public sealed record DwellingBatchAnswer(int Applied, int Invalid, int NotFound, int Conflicts, int Failed, int Skipped, IReadOnlyList<DwellingCommandAnswer> Results);

/// <summary>
/// Gathers the dwelling commands callers send within <see cref="Window"/> (or until <see cref="MaxBatch"/>) into one
/// <c>POST /api/dwellings/commands</c>, and answers each caller with its own result, shaped as its single endpoint's.
/// At high rates one request per command costs the client and the silo more than the commands themselves; a batch
/// costs one request. Up to <see cref="MaxInFlight"/> batches are in flight at once.
/// </summary>
public sealed class DwellingCommandBatcher : IAsyncDisposable
{
    private readonly AnjuApi _api;
    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly SemaphoreSlim _inFlight;
    private readonly Task _loop;
    private long _batches;

    public DwellingCommandBatcher(AnjuApi api, TimeSpan window, int maxBatch = 1000, int maxInFlight = 4)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBatch, 1);
        (_api, Window, MaxBatch, MaxInFlight) = (api, window, maxBatch, maxInFlight);
        _inFlight = new SemaphoreSlim(maxInFlight);
        _loop = Task.Run(RunAsync);
    }

    public TimeSpan Window { get; }

    public int MaxBatch { get; }

    public int MaxInFlight { get; }

    /// <summary>Batches sent so far.</summary>
    public long Batches => Interlocked.Read(ref _batches);

    public Task<ApiResult<DwellingSnapshot>> SendAsync(DwellingCommandItem item, CancellationToken ct)
    {
        var pending = new Pending(item, new TaskCompletionSource<ApiResult<DwellingSnapshot>>(TaskCreationOptions.RunContinuationsAsynchronously), ct);
        return _queue.Writer.TryWrite(pending) ? pending.Done.Task : Task.FromResult(NoResponse("the batcher is stopped"));
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop;
        for (var i = 0; i < MaxInFlight; i++)
        {
            await _inFlight.WaitAsync();
        }

        _inFlight.Dispose();
    }

    private async Task RunAsync()
    {
        var reader = _queue.Reader;
        while (await reader.WaitToReadAsync())
        {
            var batch = new List<Pending>();
            using (var window = new CancellationTokenSource(Window))
            {
                try
                {
                    while (batch.Count < MaxBatch)
                    {
                        if (reader.TryRead(out var next))
                        {
                            batch.Add(next);
                        }
                        else if (!await reader.WaitToReadAsync(window.Token))
                        {
                            break;
                        }
                    }
                }
                catch (OperationCanceledException) when (window.IsCancellationRequested)
                {
                    // The window is over: send what was gathered.
                }
            }

            await _inFlight.WaitAsync();
            _ = FlushAsync(batch);
        }
    }

    private async Task FlushAsync(List<Pending> batch)
    {
        try
        {
            var live = batch.Where(p => !p.Ct.IsCancellationRequested).ToList();
            batch.Except(live).ToList().ForEach(p => p.Done.TrySetCanceled(p.Ct));
            if (live.Count == 0)
            {
                return;
            }

            Interlocked.Increment(ref _batches);
            var answer = await _api.SendDwellingCommandsAsync([.. live.Select(p => p.Item)], CancellationToken.None);
            for (var i = 0; i < live.Count; i++)
            {
                live[i].Done.TrySetResult(answer.IsSuccess && i < answer.Value!.Results.Count
                    ? Result(live[i].Item, answer.Value.Results[i])
                    : new ApiResult<DwellingSnapshot>(answer.Status, null, answer.Problem ?? new ApiProblem("The batch had no result for this command.", null, answer.Status, null)));
            }
        }
        catch (Exception ex)
        {
            batch.ForEach(p => p.Done.TrySetResult(NoResponse(ex.Message)));
        }
        finally
        {
            _inFlight.Release();
        }
    }

    private static ApiResult<DwellingSnapshot> Result(DwellingCommandItem item, DwellingCommandAnswer answer) =>
        answer is { Status: 200, State: { } state, Version: { } version }
            ? new ApiResult<DwellingSnapshot>(200, new DwellingSnapshot(item.EstateId, item.DwellingId, 0, state, version), null)
            : new ApiResult<DwellingSnapshot>(answer.Status, null, new ApiProblem(answer.Outcome, answer.Error, answer.Status,
                answer.Field is { } field ? new Dictionary<string, string[]> { [field] = [answer.Error ?? ""] } : null));

    private static ApiResult<DwellingSnapshot> NoResponse(string why) => new(0, null, new ApiProblem("No response.", why, 0, null));

    private sealed record Pending(DwellingCommandItem Item, TaskCompletionSource<ApiResult<DwellingSnapshot>> Done, CancellationToken Ct);
}
