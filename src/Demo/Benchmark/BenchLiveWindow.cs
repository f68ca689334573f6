namespace Anju.Demo.Benchmark;

/// <summary>The measured interval (UTC ticks): warm-up before it and the drain after it are not counted.
/// Empty until <see cref="Open"/>.</summary>
public sealed class BenchLiveWindow
{
    private long _start = long.MaxValue;
    private long _end = long.MinValue;

    public DateTime Start => new(Interlocked.Read(ref _start), DateTimeKind.Utc);

    public DateTime End => new(Interlocked.Read(ref _end), DateTimeKind.Utc);

    public TimeSpan Length => End - Start;

    public void Open(DateTime start, DateTime end)
    {
        Interlocked.Exchange(ref _end, end.Ticks);
        Interlocked.Exchange(ref _start, start.Ticks);
    }

    public bool Contains(long ticks) => ticks >= Interlocked.Read(ref _start) && ticks < Interlocked.Read(ref _end);
}
