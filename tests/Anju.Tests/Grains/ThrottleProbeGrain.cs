using System.Diagnostics;
using Anju.Common;

namespace Anju.Tests.Grains;

/// <summary>A test grain that owns one <see cref="Throttle"/> and records what each flush carried and when.</summary>
public interface IThrottleProbeGrain : IGrainWithStringKey
{
    /// <summary>Sets the probe's value (the "state" a flush carries) and touches the throttle; returns when (ms on the probe's clock).</summary>
    Task<double> ChangeAsync(int value, TimeSpan interval);

    /// <summary>Every flush so far: milliseconds since the probe's first change, and the value it carried.</summary>
    Task<(double AtMs, int Value)[]> FlushesAsync();

    /// <summary>The next <paramref name="count"/> flushes throw (to test the retry).</summary>
    Task FailNextAsync(int count);
}

public sealed class ThrottleProbeGrain : Grain, IThrottleProbeGrain
{
    private readonly List<(double AtMs, int Value)> _flushes = [];
    private readonly Stopwatch _clock = new();
    private Throttle? _throttle;
    private int _value;
    private int _failures;

    public Task<double> ChangeAsync(int value, TimeSpan interval)
    {
        if (!_clock.IsRunning)
        {
            _clock.Start();
        }

        _value = value;
        (_throttle ??= new Throttle(this, interval, FlushAsync)).Touch();
        return Task.FromResult(_clock.Elapsed.TotalMilliseconds);
    }

    public Task<(double AtMs, int Value)[]> FlushesAsync() => Task.FromResult(_flushes.ToArray());

    public Task FailNextAsync(int count)
    {
        _failures = count;
        return Task.CompletedTask;
    }

    private Task FlushAsync()
    {
        if (_failures > 0)
        {
            _failures--;
            throw new InvalidOperationException("probe flush fails on purpose");
        }

        _flushes.Add((_clock.Elapsed.TotalMilliseconds, _value));
        return Task.CompletedTask;
    }
}
