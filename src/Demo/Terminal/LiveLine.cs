namespace Anju.Demo.Terminal;

/// <summary>
/// A status line that follows a running job. On a terminal it rewrites one line a few times a second;
/// when output is redirected (a log, CI) it prints a plain line every few seconds instead.
/// </summary>
public sealed class LiveLine : IAsyncDisposable
{
    private readonly Func<string> _render;
    private readonly bool _redirected = Console.IsOutputRedirected;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _refresh;
    private int _width;

    public LiveLine(Func<string> render)
    {
        _render = render;
        _refresh = RefreshAsync();
    }

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
        using var timer = new PeriodicTimer(_redirected ? TimeSpan.FromSeconds(5) : TimeSpan.FromMilliseconds(250));
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
        var line = _render();
        if (_redirected)
        {
            Console.WriteLine(line);
            return;
        }

        Console.Write("\r" + line.PadRight(_width));
        _width = line.Length;
    }
}
