namespace Anju.Common;

/// <summary>Writes a grain's state one write at a time. Where reports interleave with commands (the incident book, the
/// facilities grain, a work queue), two overlapping writes of one grain would fail on the ETag; a write that fails leaves the change in
/// memory for the next write to carry, and fails its caller.</summary>
internal sealed class SerialWrites<TState>(IPersistentState<TState> state)
{
    private Task? _writing;

    public async Task WriteAsync()
    {
        while (_writing is { } running)
        {
            await running.ContinueWith(_ => { }, TaskScheduler.Current);
        }

        var write = state.WriteStateAsync();
        _writing = write;
        try
        {
            await write;
        }
        finally
        {
            _writing = null;
        }
    }
}
