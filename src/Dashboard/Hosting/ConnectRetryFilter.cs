using Anju.Hosting;
namespace Anju.Dashboard.Hosting;

/// <summary>Keeps trying to reach the cluster until the host stops: a dashboard started before
/// its silos (or during a database outage) must come up by itself once they are back.</summary>
public sealed class ConnectRetryFilter(IConfiguration configuration, ILogger<ConnectRetryFilter> log)
    : IClientConnectionRetryFilter
{
    /// <summary>The wait between two attempts unless <c>Orleans:ConnectRetryDelay</c> says otherwise.</summary>
    public static readonly TimeSpan DefaultDelay = TimeSpan.FromSeconds(3);

    private readonly TimeSpan _delay = configuration.Duration("Orleans:ConnectRetryDelay", DefaultDelay);
    private int _attempt;

    public async Task<bool> ShouldRetryConnectionAttempt(Exception exception, CancellationToken cancellationToken)
    {
        var attempt = Interlocked.Increment(ref _attempt);
        log.LogWarning(
            "Cannot reach the Orleans cluster (attempt {Attempt}): {Reason}; retrying in {Delay}",
            attempt, exception.Message, _delay);
        await Task.Delay(_delay, cancellationToken);
        return true;
    }
}
