using System.Diagnostics.Metrics;
using Anju.Journal;

namespace Anju.Tests.Grains;

/// <summary>The batching core of the journal, with a writer the test controls.</summary>
public class GroupCommitTests
{
    [Fact]
    public async Task Items_waiting_while_a_batch_is_written_go_out_together_in_the_next()
    {
        var release = new TaskCompletionSource();
        var batches = new List<IReadOnlyList<int>>();
        await using var commit = new GroupCommit<int>(async items =>
        {
            lock (batches)
            {
                batches.Add(items);
            }

            await release.Task;
        }, maxBatch: 100, inFlight: 1);

        var first = commit.AddAsync(0);
        await WaitUntil(() => commit.Batches == 1);
        var rest = Enumerable.Range(1, 250).Select(commit.AddAsync).ToList();
        release.SetResult();
        await Task.WhenAll([first, .. rest]);

        Assert.Equal([1, 100, 100, 50], batches.Select(b => b.Count));
        Assert.Equal(Enumerable.Range(0, 251), batches.SelectMany(b => b));
    }

    [Fact]
    public async Task Each_item_s_wait_and_each_batch_are_measured_under_the_queue_s_name()
    {
        var queue = $"test-{Guid.NewGuid():N}"; // other tests' group commits run beside this one
        var seen = new List<(string Instrument, double Value)>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == "Anju.Journal")
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<double>((i, v, tags, _) => Keep(i.Name, v, tags));
        listener.SetMeasurementEventCallback<int>((i, v, tags, _) => Keep(i.Name, v, tags));
        listener.Start();

        var release = new TaskCompletionSource();
        await using (var commit = new GroupCommit<int>(_ => release.Task, maxBatch: 10, inFlight: 1, queue))
        {
            var first = commit.AddAsync(0);
            await WaitUntil(() => commit.Batches == 1);
            var rest = Enumerable.Range(1, 3).Select(commit.AddAsync).ToList();
            await Task.Delay(50);
            release.SetResult();
            await Task.WhenAll([first, .. rest]);
        }

        lock (seen)
        {
            Assert.Equal([1, 3], seen.Where(m => m.Instrument == "anju.journal.batch.size").Select(m => m.Value));
            Assert.Equal(2, seen.Count(m => m.Instrument == "anju.journal.batch.duration"));
            var waits = seen.Where(m => m.Instrument == "anju.journal.wait").Select(m => m.Value).ToList();
            Assert.Equal(4, waits.Count);
            Assert.True(waits[0] >= 40, $"the first item waited for its held batch: {waits[0]} ms");
        }

        void Keep(string instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            foreach (var tag in tags)
            {
                if (tag is { Key: "queue", Value: string name } && name == queue)
                {
                    lock (seen)
                    {
                        seen.Add((instrument, value));
                    }
                }
            }
        }
    }

    [Fact]
    public async Task A_failed_write_fails_every_waiter_of_its_batch_only()
    {
        var release = new TaskCompletionSource();
        await using var commit = new GroupCommit<int>(async items =>
        {
            await release.Task;
            if (items.Contains(13))
            {
                throw new InvalidOperationException("rejected");
            }
        }, maxBatch: 100, inFlight: 1);

        var first = commit.AddAsync(0);
        await WaitUntil(() => commit.Batches == 1);
        var doomed = new[] { 12, 13, 14 }.Select(commit.AddAsync).ToList();
        release.SetResult();

        await first;
        foreach (var task in doomed)
        {
            Assert.Equal("rejected", (await Assert.ThrowsAsync<InvalidOperationException>(() => task)).Message);
        }

        await commit.AddAsync(15);
    }

    [Fact]
    public async Task Disposal_writes_everything_queued_and_refuses_what_comes_after()
    {
        var written = 0;
        var commit = new GroupCommit<int>(async items =>
        {
            await Task.Delay(20);
            Interlocked.Add(ref written, items.Count);
        }, maxBatch: 10, inFlight: 2);
        var queued = Enumerable.Range(0, 95).Select(commit.AddAsync).ToList();

        await commit.DisposeAsync();

        Assert.Equal(95, written);
        Assert.All(queued, t => Assert.True(t.IsCompletedSuccessfully));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => commit.AddAsync(96));
    }

    private static Task WaitUntil(Func<bool> condition) =>
        Wait.UntilAsync(condition, TimeSpan.FromSeconds(10), "the group commit to reach the state the test waits for");
}
