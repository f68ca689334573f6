using System.Diagnostics;

namespace Anju.Silo.Import;

/// <summary>
/// The silo's one running import: a gate so only one runs at a time, and its counters, read by the
/// status endpoint and the progress log while the import updates them.
/// </summary>
public sealed class ImportProgress(TimeProvider clock)
{
    private readonly Lock _gate = new();
    private int _running;
    private ImportPhase _phase = ImportPhase.Idle;
    private DateTimeOffset? _startedAt;
    private long _started;
    private long _applyStarted;
    private long _finished;
    private int _rows;
    private int _total;
    private int _done;
    private string? _outcome;

    /// <summary>Claims the silo for an import; false while another runs.</summary>
    public bool TryBegin()
    {
        if (Interlocked.CompareExchange(ref _running, 1, 0) != 0)
        {
            return false;
        }

        lock (_gate)
        {
            (_phase, _startedAt, _started, _applyStarted, _finished, _rows, _total, _done, _outcome) =
                (ImportPhase.Reading, clock.GetUtcNow(), Stopwatch.GetTimestamp(), 0, 0, 0, 0, 0, null);
        }

        return true;
    }

    public void RowRead(int rows) => Volatile.Write(ref _rows, rows);

    public void Checking() => Set(ImportPhase.Checking);

    public void Applying(int dwellings)
    {
        lock (_gate)
        {
            (_phase, _total, _applyStarted) = (ImportPhase.Applying, dwellings, Stopwatch.GetTimestamp());
        }
    }

    public void Advance(int dwellings) => Interlocked.Add(ref _done, dwellings);

    /// <summary>Ends the import with its outcome and frees the gate.</summary>
    public void End(ImportPhase phase, string outcome)
    {
        lock (_gate)
        {
            (_phase, _outcome, _finished) = (phase, outcome, Stopwatch.GetTimestamp());
        }

        Volatile.Write(ref _running, 0);
    }

    public ImportStatus Snapshot()
    {
        lock (_gate)
        {
            var now = _finished != 0 ? _finished : Stopwatch.GetTimestamp();
            var elapsed = _started == 0 ? TimeSpan.Zero : Stopwatch.GetElapsedTime(_started, now);
            var applying = _applyStarted == 0 ? TimeSpan.Zero : Stopwatch.GetElapsedTime(_applyStarted, now);
            var done = Volatile.Read(ref _done);
            var rate = applying.TotalSeconds > 0 ? done / applying.TotalSeconds : 0;
            double? left = _phase == ImportPhase.Applying && rate > 0 ? (_total - done) / rate : null;
            return new ImportStatus(_phase, _startedAt, Volatile.Read(ref _rows), _total, done, elapsed.TotalSeconds, rate, left, _outcome);
        }
    }

    private void Set(ImportPhase phase)
    {
        lock (_gate)
        {
            _phase = phase;
        }
    }
}
