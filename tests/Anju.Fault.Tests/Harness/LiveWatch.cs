using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace Anju.Fault.Tests.Harness;

/// <summary>A wall screen on the live hub of a <see cref="DashboardProcess"/>, watching one estate while silos die:
/// it records when each batch of updates arrives, so a run can say the longest the screen went without news. Its
/// bearer token comes from whichever silo <c>signIn</c> names at the time (the one it had may be dead), and it
/// reconnects by itself, subscribing again, as the browser screens do.</summary>
public sealed class LiveWatch : IAsyncDisposable
{
    private readonly HubConnection _connection;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<TimeSpan> _arrivals = [];
    private readonly string _scope;
    private int _reconnects;

    private LiveWatch(HubConnection connection, string scope)
    {
        (_connection, _scope) = (connection, scope);
        connection.On<JsonElement>("Updates", _ => Arrived());
        connection.Reconnected += async _ =>
        {
            Interlocked.Increment(ref _reconnects);
            await connection.InvokeAsync<JsonElement>("Subscribe", _scope);
        };
    }

    /// <summary>Times the connection was lost and made again.</summary>
    public int Reconnects => Volatile.Read(ref _reconnects);

    /// <summary>Connects to <paramref name="hub"/> as <see cref="TestAccounts.Operator"/> and subscribes to <paramref name="scope"/>.</summary>
    public static async Task<LiveWatch> StartAsync(Uri hub, Func<Uri> signIn, string scope)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(hub, o => o.AccessTokenProvider = async () => await TestAccounts.TokenAsync(signIn(), TestAccounts.Operator))
            .WithAutomaticReconnect([TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5)])
            .Build();
        var watch = new LiveWatch(connection, scope);
        await connection.StartAsync().WaitAsync(TimeSpan.FromSeconds(30));
        await connection.InvokeAsync<JsonElement>("Subscribe", scope).WaitAsync(TimeSpan.FromSeconds(30));
        watch.Arrived();
        return watch;
    }

    /// <summary>The longest stretch without an update, from subscribing until now, and the count of batches received.</summary>
    public (TimeSpan LongestGap, int Batches) Gaps()
    {
        lock (_arrivals)
        {
            var times = _arrivals.Append(_clock.Elapsed).ToList();
            var longest = times.Zip(times.Skip(1), (a, b) => b - a).DefaultIfEmpty(TimeSpan.Zero).Max();
            return (longest, _arrivals.Count - 1);
        }
    }

    private void Arrived()
    {
        lock (_arrivals)
        {
            _arrivals.Add(_clock.Elapsed);
        }
    }

    public async ValueTask DisposeAsync() => await _connection.DisposeAsync();
}
