using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Threading.Channels;

namespace Anju.Journal;

/// <summary>
/// Gathers items from many callers and hands whatever is waiting (up to a batch) to one writer
/// call; every caller in a batch learns that batch's outcome. Up to <c>inFlight</c> batches are
/// written at once, so a slow round trip delays only its own batch: when a slot frees, it takes
/// everything that queued meanwhile. No timer: under light load an item is written at once.
/// Disposal stops taking items and waits for every queued one to be written.
/// Measured under the meter <c>Anju.Journal</c> (tag <c>queue</c>: which group commit): how long an item waits
/// from queueing to its batch's outcome, how long a batch takes to write, and how many items it carries
/// (<c>dotnet-counters monitor -n Anju.Silo --counters Anju.Journal</c> shows their percentiles live).
/// </summary>
public sealed class GroupCommit<T> : IAsyncDisposable
{
    private readonly Channel<Waiter> _queue = Channel.CreateUnbounded<Waiter>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Func<IReadOnlyList<T>, Task> _write;
    private readonly int _maxBatch;
    private readonly int _inFlight;
    private readonly SemaphoreSlim _slots;
    private readonly Task _loop;
    private readonly KeyValuePair<string, object?> _queueTag;
    private long _batches;

    public GroupCommit(Func<IReadOnlyList<T>, Task> write, int maxBatch, int inFlight, string name = "journal")
    {
        _queueTag = new("queue", name);
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
        return _queue.Writer.TryWrite(new Waiter(item, done, Stopwatch.GetTimestamp())) ? done.Task : Task.FromException(Closed());
    }

    /// <summary>Queues an item nobody waits for; false once disposal has begun.</summary>
    public bool TryAdd(T item) => _queue.Writer.TryWrite(new Waiter(item, null, Stopwatch.GetTimestamp()));

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
        var started = Stopwatch.GetTimestamp();
        try
        {
            Interlocked.Increment(ref _batches);
            BatchSize.Record(batch.Count, _queueTag);
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
            BatchWrite.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds, _queueTag);
            if (Waited.Enabled)
            {
                foreach (var waiter in batch)
                {
                    Waited.Record(Stopwatch.GetElapsedTime(waiter.Queued).TotalMilliseconds, _queueTag);
                }
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop;
        _slots.Dispose();
    }

    private static readonly Meter Meter = new("Anju.Journal");
    private static readonly Histogram<double> Waited = Meter.CreateHistogram<double>(
        "anju.journal.wait", "ms", "From queueing an item to its batch's outcome (for an append: the acknowledgement's wait)");
    private static readonly Histogram<double> BatchWrite = Meter.CreateHistogram<double>(
        "anju.journal.batch.duration", "ms", "One batch's write: one statement and commit");
    private static readonly Histogram<int> BatchSize = Meter.CreateHistogram<int>(
        "anju.journal.batch.size", "{item}", "Items written together");

    private static ObjectDisposedException Closed() => new(nameof(GroupCommit<T>), "The journal is shutting down.");

    private sealed record Waiter(T Item, TaskCompletionSource? Done, long Queued);
}
