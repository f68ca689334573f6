using System.Diagnostics;

namespace Anju.Demo.Terminal;

/// <summary>
/// Thread-safe progress of a counted job. On a terminal it rewrites one line a few times a second;
/// when output is redirected (a log, CI) it prints a plain line every two seconds instead.
/// </summary>
public sealed class Progress : IAsyncDisposable
{
    private readonly string _label;
    private readonly long _total;
    private readonly bool _redirected = Console.IsOutputRedirected;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _refresh;
    private long _done;
    private int _width;

    public Progress(string label, long total)
    {
        _label = label;
        _total = total;
        _refresh = RefreshAsync();
    }

    public long Done => Interlocked.Read(ref _done);

    public TimeSpan Elapsed => _clock.Elapsed;

    public void Advance(long count = 1) => Interlocked.Add(ref _done, count);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _refresh;
        Write();
        if (!_redirected)
        {
            Console.WriteLine();
        }

        _stop.Dispose();
    }

    private async Task RefreshAsync()
    {
        using var timer = new PeriodicTimer(_redirected ? TimeSpan.FromSeconds(2) : TimeSpan.FromMilliseconds(250));
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                Write();
            }
        }
        catch (OperationCanceledException)
        {
            // Disposed: the final line is written by DisposeAsync.
        }
    }

    private void Write()
    {
        var line = ProgressLine.Format(_label, Done, _total, _clock.Elapsed);
        if (_redirected)
        {
            Console.WriteLine(line);
            return;
        }

        Console.Write("\r" + line.PadRight(_width));
        _width = line.Length;
    }
}
