using Anju.Common;

namespace Anju.Tests.Rules;

public class StateWritesTests
{
    [Fact]
    public async Task A_refused_write_is_undone_in_memory_and_still_fails_the_caller()
    {
        var state = new FakeState { Refuse = true };
        state.State.Add("new");

        await Assert.ThrowsAsync<InvalidOperationException>(() => state.WriteOrUndoAsync(undo: () => state.State.Remove("new")));
        Assert.Empty(state.State);
    }

    [Fact]
    public async Task A_refused_write_reloads_what_storage_holds_and_still_fails_the_caller()
    {
        var state = new FakeState { Refuse = true, Stored = ["kept"] };
        state.State.Add("new");

        await Assert.ThrowsAsync<InvalidOperationException>(state.WriteOrReloadAsync);
        Assert.Equal(["kept"], state.State);
    }

    [Fact]
    public async Task An_accepted_write_keeps_the_change()
    {
        var state = new FakeState();
        state.State.Add("new");

        await state.WriteOrUndoAsync(undo: state.State.Clear);
        Assert.Equal(["new"], state.Stored);
    }

    private sealed class FakeState : IPersistentState<List<string>>
    {
        public bool Refuse { get; init; }

        public List<string> Stored { get; set; } = [];

        public List<string> State { get; set; } = [];

        public string? Etag => null;

        public bool RecordExists => Stored.Count > 0;

        public Task ClearStateAsync() => throw new NotSupportedException();

        public Task ReadStateAsync()
        {
            State = [.. Stored];
            return Task.CompletedTask;
        }

        public Task WriteStateAsync()
        {
            if (Refuse)
            {
                throw new InvalidOperationException("storage refused the write");
            }

            Stored = [.. State];
            return Task.CompletedTask;
        }
    }
}
