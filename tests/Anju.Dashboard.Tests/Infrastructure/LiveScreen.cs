using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace Anju.Dashboard.Tests.Infrastructure;

/// <summary>One thing a screen received: the client method named on the wire, its JSON as sent
/// (one update of an <c>Updates</c> batch), the sequence number of the wire message it came in,
/// and when it arrived (since the screen was made).</summary>
public sealed record Received(string Method, JsonElement Body, int Message, TimeSpan At)
{
    public long Version => Body.GetProperty("version").GetInt64();

    public JsonElement Occupancy => Body.GetProperty("payload").GetProperty("occupancy");

    public override string ToString() => $"{At.TotalMilliseconds:F0}ms #{Message} {Method} {Body.GetRawText()}";
}

/// <summary>
/// A .NET stand-in for a wall screen: a SignalR connection to the live hub that records every
/// <c>Snapshot</c>, each update inside <c>Updates</c> and every <c>Cluster</c> message, by the
/// PascalCase names the server sends, with the raw JSON so tests see the wire format itself.
/// </summary>
public sealed class LiveScreen : IAsyncDisposable
{
    public const string Snapshot = "Snapshot";
    public const string Updates = "Updates";
    public const string Cluster = "Cluster";

    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(5);

    private readonly List<Received> _received = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private int _messages;
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private LiveScreen(HubConnection connection)
    {
        Connection = connection;
        connection.On<JsonElement>(Snapshot, body => Add(Snapshot, body));
        connection.On<JsonElement>(Updates, batch => Add(Updates, batch));
        connection.On<JsonElement>(Cluster, body => Add(Cluster, body));
    }

    public HubConnection Connection { get; }

    /// <summary>Time since the screen was made, on the clock of <see cref="Received.At"/>.</summary>
    public TimeSpan Now => _clock.Elapsed;

    /// <summary>Everything received so far, in arrival order.</summary>
    public IReadOnlyList<Received> Messages
    {
        get
        {
            lock (_received)
            {
                return [.. _received];
            }
        }
    }

    /// <summary>A screen connected to <paramref name="dashboard"/>, signed in as <paramref name="userName"/>.</summary>
    public static async Task<LiveScreen> ConnectAsync(RunningDashboard dashboard, string userName = TestAccounts.Operator)
    {
        var screen = new LiveScreen(dashboard.NewHubConnection(userName));
        await screen.Connection.StartAsync().WaitAsync(DefaultTimeout);
        return screen;
    }

    /// <summary>Calls <c>Subscribe(scope)</c>; returns the snapshot the call returned.</summary>
    public Task<JsonElement> SubscribeAsync(string scope) =>
        Connection.InvokeAsync<JsonElement>("Subscribe", scope).WaitAsync(DefaultTimeout);

    /// <summary>The first message of <paramref name="method"/> matching <paramref name="match"/>,
    /// received already or within the timeout; fails listing what did arrive.</summary>
    public async Task<Received> WaitForAsync(string method, Func<Received, bool>? match = null, TimeSpan? timeout = null)
    {
        using var expiry = new CancellationTokenSource(timeout ?? DefaultTimeout);
        while (true)
        {
            Task next;
            lock (_received)
            {
                if (_received.FirstOrDefault(r => r.Method == method && (match?.Invoke(r) ?? true)) is { } hit)
                {
                    return hit;
                }

                next = _next.Task;
            }

            try
            {
                await next.WaitAsync(expiry.Token);
            }
            catch (OperationCanceledException)
            {
                Assert.Fail($"No matching {method} within {timeout ?? DefaultTimeout}; received:\n{string.Join('\n', Messages)}");
            }
        }
    }

    public async ValueTask DisposeAsync() => await Connection.DisposeAsync();

    private void Add(string method, JsonElement body)
    {
        // Updates carry a batch: one record per update, so counting and matching see each one.
        IEnumerable<JsonElement> items = method == Updates ? body.EnumerateArray().ToList() : [body];
        TaskCompletionSource pulse;
        lock (_received)
        {
            var message = ++_messages;
            foreach (var item in items)
            {
                _received.Add(new Received(method, item.Clone(), message, _clock.Elapsed));
            }

            pulse = _next;
            _next = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        pulse.TrySetResult();
    }
}
