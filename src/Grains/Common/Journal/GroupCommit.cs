using System.Threading.Channels;

namespace Anju.Common.Journal;

/// <summary>
/// Gathers items from many callers and hands whatever is waiting (up to a batch) to one writer
/// call; every caller in a batch learns that batch's outcome. Up to <c>inFlight</c> batches are
/// written at once, so a slow round trip delays only its own batch: when a slot frees, it takes
/// everything that queued meanwhile. No timer: under light load an item is written at once.
/// Disposal stops taking items and waits for every queued one to be written.
/// </summary>
public sealed class GroupCommit<T> : IAsyncDisposable
{
    private readonly Channel<Waiter> _queue = Channel.CreateUnbounded<Waiter>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Func<IReadOnlyList<T>, Task> _write;
    private readonly int _maxBatch;
    private readonly int _inFlight;
    private readonly SemaphoreSlim _slots;
    private readonly Task _loop;
    private long _batches;

    public GroupCommit(Func<IReadOnlyList<T>, Task> write, int maxBatch, int inFlight)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBatch, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(inFlight, 1);
        (_write, _maxBatch, _inFlight) = (write, maxBatch, inFlight);
        _slots = new SemaphoreSlim(inFlight, inFlight);
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Batches written so far (successful or not): one statement and one commit each.</summary>
    public long Batches => Interlocked.Read(ref _batches);

    /// <summary>Completes when the batch holding <paramref name="item"/> is written.</summary>
    public Task AddAsync(T item)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        return _queue.Writer.TryWrite(new Waiter(item, done)) ? done.Task : Task.FromException(Closed());
    }

    /// <summary>Queues an item nobody waits for; false once disposal has begun.</summary>
    public bool TryAdd(T item) => _queue.Writer.TryWrite(new Waiter(item, null));

    private async Task RunAsync()
    {
        var reader = _queue.Reader;
        while (await reader.WaitToReadAsync())
        {
            await _slots.WaitAsync();
            var batch = new List<Waiter>();
            while (batch.Count < _maxBatch && reader.TryRead(out var waiter))
            {
                batch.Add(waiter);
            }

            if (batch.Count == 0)
            {
                _slots.Release();
                continue;
            }

            _ = WriteAsync(batch);
        }

        for (var i = 0; i < _inFlight; i++)
        {
            await _slots.WaitAsync(); // every batch in flight has finished
        }
    }

    private async Task WriteAsync(List<Waiter> batch)
    {
        try
        {
            Interlocked.Increment(ref _batches);
            await _write(batch.ConvertAll(w => w.Item));
            batch.ForEach(w => w.Done?.TrySetResult());
        }
        catch (Exception ex)
        {
            batch.ForEach(w => w.Done?.TrySetException(ex));
        }
        finally
        {
            _slots.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop;
        _slots.Dispose();
    }

    private static ObjectDisposedException Closed() => new(nameof(GroupCommit<T>), "The journal is shutting down.");

    private sealed record Waiter(T Item, TaskCompletionSource? Done);
}
