using System.Diagnostics;

namespace Anju.Demo.Driving;

/// <summary>Prints a status line every interval until disposed; a new error is shown once under its line.</summary>
public sealed class StatusReporter : IAsyncDisposable
{
    private readonly DriveStats _stats;
    private readonly double _target;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private DriveCounts _last;
    private TimeSpan _lastAt;
    private string? _lastError;

    public StatusReporter(DriveStats stats, TimeSpan every, double target)
    {
        _stats = stats;
        _target = target;
        _loop = RunAsync(every);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }

    private async Task RunAsync(TimeSpan every)
    {
        using var timer = new PeriodicTimer(every);
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                Report();
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped: the driver prints its own summary.
        }
    }

    private void Report()
    {
        var now = _stats.Snapshot();
        var at = _clock.Elapsed;
        Console.WriteLine(StatusLine.Format(at, now.Since(_last), at - _lastAt, now, _target, _stats.TakeMaxLatency()));
        if (_stats.LastError is { } error && !ReferenceEquals(error, _lastError))
        {
            Console.WriteLine($"  last error: {error}");
            _lastError = error;
        }

        (_last, _lastAt) = (now, at);
    }
}
