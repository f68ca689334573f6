namespace Anju.Common;

/// <summary>
/// Writes a grain's state one write at a time, and lets the callers that arrive during a write share the next one.
/// Where reports interleave with commands (the incident book, the facilities grain, a work queue), two overlapping
/// writes of one grain would fail on the ETag. Each caller's change is already in memory when it asks, so the write that
/// starts after it asked carries it: while one write runs, every caller joins the single write queued behind it. A
/// write per caller instead made a district queue fed by 20,000 camera-offline orders write its whole state (every
/// order) once per report, one after another, and it never caught up (135 % of a core with no load, reports timing out).
/// A write that fails leaves the changes in memory for the next write to carry, and fails every caller that shared it.
/// Grain turns are single-threaded, so the fields need no lock.
/// </summary>
internal sealed class SerialWrites<TState>(IPersistentState<TState> state)
{
    private Task _last = Task.CompletedTask;
    private Task? _next;

    /// <summary>Writes the state as it is now, or joins the write queued behind the running one; completes when the
    /// write carrying this caller's change has.</summary>
    public Task WriteAsync()
    {
        if (_next is { } next)
        {
            return next; // not started yet: it will carry this change too
        }

        if (_last.IsCompleted)
        {
            return _last = state.WriteStateAsync();
        }

        return _next = AfterAsync(_last); // _last is running, so this returns before it touches the fields
    }

    private async Task AfterAsync(Task before)
    {
        try
        {
            await before;
        }
        catch
        {
            // The earlier write's failure is its own callers'; this one writes afresh.
        }

        _next = null; // from here on a caller queues behind this write
        var write = state.WriteStateAsync();
        _last = write;
        await write;
    }
}
