namespace Anju.Testing;

/// <summary>
/// The one polling helper of the test projects, for states no event announces (rollups travel up asynchronously, a
/// host comes up): it polls until the condition holds and fails the test on timeout, saying what it waited for and
/// what it saw last. Nothing here hands back quietly, so a step that waits cannot pass by timing out.
/// </summary>
public static class Wait
{
    /// <summary>How long <see cref="EventuallyAsync{T}(Func{Task{T}}, Func{T, bool})"/> waits: rollups settle well within it.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(25);

    /// <summary>Polls <paramref name="condition"/>; on timeout fails saying <paramref name="what"/>.</summary>
    public static Task UntilAsync(Func<bool> condition, TimeSpan timeout, string what) =>
        UntilAsync(() => Task.FromResult(condition()), timeout, () => what);

    /// <summary>Polls <paramref name="condition"/>; on timeout fails saying <paramref name="what"/>
    /// (read then, so it can show the last state seen).</summary>
    public static async Task UntilAsync(Func<Task<bool>> condition, TimeSpan timeout, Func<string> what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Timed out after {timeout} waiting for {what()}.");
            }

            await Task.Delay(Poll);
        }
    }

    /// <summary>Reads until <paramref name="done"/> holds and returns the value that met it; fails after
    /// <see cref="DefaultTimeout"/>.</summary>
    public static Task<T> EventuallyAsync<T>(Func<Task<T>> read, Func<T, bool> done) => EventuallyAsync(read, done, DefaultTimeout);

    /// <summary>Reads until <paramref name="done"/> holds and returns the value that met it; fails, showing the last
    /// value read, once <paramref name="timeout"/> passes.</summary>
    public static async Task<T> EventuallyAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan timeout)
    {
        var last = default(T)!;
        await UntilAsync(async () => done(last = await read()), timeout, () => $"a value that meets the condition; last read: {Describe(last)}");
        return last;
    }

    private static string Describe<T>(T value) =>
        value is System.Collections.IEnumerable list and not string
            ? $"[{string.Join(", ", list.Cast<object?>().Take(20))}]"
            : value?.ToString() ?? "null";
}
