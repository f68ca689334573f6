using System.Diagnostics;
using Anju.Demo.Api;
using Anju.Demo.Terminal;

namespace Anju.Demo.Importing;

/// <summary>
/// Shows a running import from the silo's side: it polls <c>GET /api/import/status</c> about once a second
/// while the upload is answered, and renders rows read, then dwellings stored with rate and time left.
/// </summary>
public sealed class ImportWatch : IAsyncDisposable
{
    private readonly AnjuApi _api;
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    /// <summary>Statuses of imports that started before this one (the silo keeps the last) are not shown;
    /// the slack allows for a silo clock a little behind this one.</summary>
    private readonly DateTimeOffset _since = DateTimeOffset.UtcNow.AddSeconds(-5);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _poll;
    private readonly LiveLine _line;
    private ImportStatus? _status;

    public ImportWatch(AnjuApi api)
    {
        _api = api;
        _poll = PollAsync();
        _line = new LiveLine(Render);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _poll;
        await _line.DisposeAsync();
        _stop.Dispose();
    }

    private async Task PollAsync()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var status = await _api.GetImportStatusAsync(_stop.Token);
                if (status.IsSuccess && status.Value!.StartedAt >= _since)
                {
                    Volatile.Write(ref _status, status.Value);
                }

                await Task.Delay(TimeSpan.FromSeconds(1), _stop.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The import answered.
        }
    }

    private string Render()
    {
        var s = Volatile.Read(ref _status);
        return s switch
        {
            { Phase: "Applying" or "Done", DwellingsTotal: > 0 } => ProgressLine.Format("import: stored", s.DwellingsDone, s.DwellingsTotal, _clock.Elapsed,
                s.DwellingsPerSecond, s.SecondsLeft is { } left ? TimeSpan.FromSeconds(left) : null, "dwellings"),
            { Phase: "Reading" or "Checking" } => $"import: {s.Phase.ToLowerInvariant()}, {s.RowsRead} rows read  elapsed {Durations.Short(_clock.Elapsed)}",
            _ => $"import: uploading  elapsed {Durations.Short(_clock.Elapsed)}",
        };
    }
}
