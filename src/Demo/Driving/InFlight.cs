namespace Anju.Demo.Driving;

/// <summary>Waiting for the sends still in flight when a load stops (driver and benchmarks alike).</summary>
public static class InFlight
{
    /// <summary>True once all <paramref name="slots"/> of <paramref name="inFlight"/> are free again,
    /// false after <paramref name="timeout"/>; the slots are released again either way.</summary>
    public static async Task<bool> DrainAsync(SemaphoreSlim inFlight, int slots, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(inFlight);
        using var expiry = new CancellationTokenSource(timeout);
        var taken = 0;
        try
        {
            for (; taken < slots; taken++)
            {
                await inFlight.WaitAsync(expiry.Token);
            }

            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
        finally
        {
            if (taken > 0)
            {
                inFlight.Release(taken);
            }
        }
    }
}
