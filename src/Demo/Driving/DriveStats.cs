using System.Diagnostics;

namespace Anju.Demo.Driving;

/// <summary>Lock-free counters updated by concurrent sends and read by the status line.</summary>
public sealed class DriveStats
{
    private long _sent;
    private long _ok;
    private long _conflicts;
    private long _errors;
    private long _idle;
    private long _dropped;
    private long _completed;
    private long _latencyTicks;
    private long _maxLatencyTicks;
    private string? _lastError;

    public void Sent() => Interlocked.Increment(ref _sent);

    /// <summary>A slot where no generator had anything to send.</summary>
    public void Idle() => Interlocked.Increment(ref _idle);

    /// <summary>Slots the pacer dropped because the sender was behind.</summary>
    public void Dropped(long count)
    {
        if (count > 0)
        {
            Interlocked.Add(ref _dropped, count);
        }
    }

    public void Completed(EventOutcome outcome, TimeSpan latency)
    {
        switch (outcome.Result)
        {
            case EventResult.Ok:
                Interlocked.Increment(ref _ok);
                break;
            case EventResult.Conflict:
                Interlocked.Increment(ref _conflicts);
                break;
            default:
                Interlocked.Increment(ref _errors);
                Volatile.Write(ref _lastError, outcome.Detail);
                break;
        }

        Interlocked.Add(ref _latencyTicks, latency.Ticks);
        for (var max = Interlocked.Read(ref _maxLatencyTicks); latency.Ticks > max;)
        {
            var seen = Interlocked.CompareExchange(ref _maxLatencyTicks, latency.Ticks, max);
            max = seen == max ? latency.Ticks : seen;
        }

        Interlocked.Increment(ref _completed);
    }

    /// <summary>The last failure seen, if any.</summary>
    public string? LastError => Volatile.Read(ref _lastError);

    public DriveCounts Snapshot() => new(
        Interlocked.Read(ref _sent), Interlocked.Read(ref _ok), Interlocked.Read(ref _conflicts), Interlocked.Read(ref _errors),
        Interlocked.Read(ref _idle), Interlocked.Read(ref _dropped), Interlocked.Read(ref _completed), TimeSpan.FromTicks(Interlocked.Read(ref _latencyTicks)));

    /// <summary>The slowest answer since the last call.</summary>
    public TimeSpan TakeMaxLatency() => TimeSpan.FromTicks(Interlocked.Exchange(ref _maxLatencyTicks, 0));

    /// <summary>Times one send and records its outcome; an exception counts as a failure.</summary>
    public async Task MeasureAsync(Func<Task<EventOutcome>> send)
    {
        Sent();
        var started = Stopwatch.GetTimestamp();
        EventOutcome outcome;
        try
        {
            outcome = await send();
        }
        catch (Exception ex)
        {
            outcome = new EventOutcome(EventResult.Failed, ex.Message);
        }

        Completed(outcome, Stopwatch.GetElapsedTime(started));
    }
}
