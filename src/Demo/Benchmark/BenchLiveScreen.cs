using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace Anju.Demo.Benchmark;

/// <summary>
/// One screen of the benchmark: a real .NET SignalR client watching one district scope, matching each
/// district update against the acknowledged events of its estates.
/// <para>
/// A district update carries every estate's summary with its <c>version</c>, which the estate takes from
/// the silo's clock (Unix milliseconds, <c>Rollups.NextVersion</c>) when it applies a grid's report. A
/// dwelling reports to its grid before the API acknowledges the event, so an estate version V reflects
/// every event of that estate acknowledged at or before V. When an estate's version moves on, the events
/// acknowledged since the last version this screen saw, up to V, are now visible: their latency is
/// receive time − acknowledgement time. <see cref="Oldest"/> keeps one sample per such change, for the
/// oldest of them (how stale the tile was: the figure to hold against the target); <see cref="Every"/>
/// keeps one per event. Both clocks are this machine's, as the silo's is.
/// </para>
/// </summary>
public sealed class BenchLiveScreen : IAsyncDisposable
{
    private const string UpdatesMethod = "Updates";
    private const string SubscribeMethod = "Subscribe";

    private readonly Lock _gate = new();
    private readonly HubConnection _connection;
    private readonly BenchLiveAcks _acks;
    private readonly BenchLiveWindow _window;
    private readonly Dictionary<string, (long Version, int Cursor)> _estates = new(StringComparer.Ordinal);
    private readonly List<long> _oldest = [];
    private readonly List<long> _every = [];
    private long _messages;
    private long _messagesInWindow;

    public BenchLiveScreen(Uri hub, string scope, BenchLiveAcks acks, BenchLiveWindow window)
    {
        Scope = scope;
        _acks = acks;
        _window = window;
        _connection = new HubConnectionBuilder().WithUrl(hub).Build();
        _connection.On<JsonElement>(UpdatesMethod, OnUpdates);
    }

    public string Scope { get; }

    /// <summary>Update messages received in all, and inside the window.</summary>
    public (long All, long InWindow) Messages
    {
        get
        {
            lock (_gate)
            {
                return (_messages, _messagesInWindow);
            }
        }
    }

    /// <summary>Latency (ticks) of the oldest newly visible event, one per estate change seen in the window.</summary>
    public IReadOnlyList<long> Oldest
    {
        get
        {
            lock (_gate)
            {
                return [.. _oldest];
            }
        }
    }

    /// <summary>Latency (ticks) of every event that became visible in the window.</summary>
    public IReadOnlyList<long> Every
    {
        get
        {
            lock (_gate)
            {
                return [.. _every];
            }
        }
    }

    /// <summary>Connects and subscribes; the snapshot sets the versions held, so only later changes count.</summary>
    public async Task StartAsync(CancellationToken ct)
    {
        await _connection.StartAsync(ct);
        var snapshot = await _connection.InvokeAsync<JsonElement>(SubscribeMethod, Scope, ct);
        Apply(snapshot, DateTime.UtcNow.Ticks);
    }

    /// <summary>Acknowledged events of this screen's estates, acknowledged before <paramref name="before"/>,
    /// that no update has shown yet.</summary>
    public int Unseen(DateTime before)
    {
        lock (_gate)
        {
            return _estates.Sum(e => _acks.For(e.Key).CountFrom(e.Value.Cursor, before.Ticks));
        }
    }

    public async ValueTask DisposeAsync() => await _connection.DisposeAsync();

    private void OnUpdates(JsonElement batch)
    {
        var received = DateTime.UtcNow.Ticks;
        lock (_gate)
        {
            _messages++;
            if (_window.Contains(received))
            {
                _messagesInWindow++;
            }
        }

        foreach (var update in batch.EnumerateArray())
        {
            Apply(update, received);
        }
    }

    /// <summary>Takes a district update (or snapshot): every estate whose version moved on.</summary>
    private void Apply(JsonElement update, long received)
    {
        if (update.ValueKind != JsonValueKind.Object || !update.TryGetProperty("payload", out var payload)
            || !payload.TryGetProperty("estates", out var estates))
        {
            return;
        }

        var measuring = _window.Contains(received);
        lock (_gate)
        {
            foreach (var estate in estates.EnumerateArray())
            {
                var id = estate.GetProperty("estateId").GetString()!;
                var version = estate.GetProperty("version").GetInt64();
                var (held, cursor) = _estates.GetValueOrDefault(id, (long.MinValue, 0));
                if (version <= held)
                {
                    continue;
                }

                var first = true;
                var next = _acks.For(id).Take(cursor, CutoffTicks(version), acked =>
                {
                    if (!measuring)
                    {
                        return;
                    }

                    var latency = received - acked;
                    _every.Add(latency);
                    if (first)
                    {
                        _oldest.Add(latency);
                        first = false;
                    }
                });
                _estates[id] = (version, next);
            }
        }
    }

    /// <summary>The last tick of the millisecond <paramref name="version"/> names (versions are Unix milliseconds).</summary>
    private static long CutoffTicks(long version) =>
        DateTime.UnixEpoch.Ticks + ((version + 1) * TimeSpan.TicksPerMillisecond) - 1;
}
