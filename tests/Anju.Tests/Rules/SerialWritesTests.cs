using Anju.Common;

namespace Anju.Tests.Rules;

/// <summary>Callers that ask while a write runs share the one write queued behind it; a failed write fails only the
/// callers that shared it, and the next write still happens.</summary>
public sealed class SerialWritesTests
{
    private sealed class GatedState : IPersistentState<int>
    {
        public List<TaskCompletionSource> Writes { get; } = [];

        public int State { get; set; }

        public string? Etag => null;

        public bool RecordExists => true;

        public Task ClearStateAsync() => Task.CompletedTask;

        public Task ReadStateAsync() => Task.CompletedTask;

        public Task WriteStateAsync()
        {
            var write = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            Writes.Add(write);
            return write.Task;
        }
    }

    [Fact]
    public async Task Callers_during_a_write_share_the_next_one_and_a_failure_stays_with_its_callers()
    {
        var state = new GatedState();
        var writes = new SerialWrites<int>(state);

        var first = writes.WriteAsync();
        var joined = Enumerable.Range(0, 50).Select(_ => writes.WriteAsync()).ToList();

        Assert.Single(state.Writes); // the 50 wait for the running write to end
        state.Writes[0].SetException(new InvalidOperationException("storage down"));
        await Assert.ThrowsAsync<InvalidOperationException>(() => first);
        await WaitForAsync(() => state.Writes.Count == 2);
        Assert.All(joined, j => Assert.False(j.IsCompleted));
        var late = writes.WriteAsync(); // asks while the shared write runs: queues behind it

        state.Writes[1].SetResult();
        await Task.WhenAll(joined);
        await WaitForAsync(() => state.Writes.Count == 3);
        Assert.False(late.IsCompleted);
        state.Writes[2].SetResult();
        await late;

        Assert.Equal(3, state.Writes.Count); // 52 callers, 3 writes
        var after = writes.WriteAsync(); // nothing running: writes at once
        Assert.Equal(4, state.Writes.Count);
        state.Writes[3].SetResult();
        await after;
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        Assert.True(condition());
    }
}
