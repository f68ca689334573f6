namespace Anju.Tests.Infrastructure;

/// <summary>Waiting for a condition with a deadline, for the few states no event announces; fails on timeout (the one
/// polling helper of both test projects; for a value that must reach a state, TestEstates.EventuallyAsync).</summary>
public static class Wait
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);

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
}
