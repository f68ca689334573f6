using Anju.Demo.Api;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Anju.Demo.Benchmark;

/// <summary>
/// One screen of the benchmark: a real .NET SignalR client watching one district scope. Every estate summary in a
/// district update carries <c>changes</c>, the sum of the estate's dwelling versions; the screen keeps the last
/// count it saw per estate (the subscribe snapshot sets the baseline; an older or repeated summary is skipped), and
/// when the count grows by Δ, Δ more of the dwelling changes the load logged for that estate are on screen: they
/// are matched oldest first (see <see cref="BenchLiveMatcher"/>, which also settles changes seen before their HTTP
/// answer reached the load). Latency is receive time − send time of the request, so it includes the API's durable
/// write (the journal's group commit) as well as the rollups, the feed's rate cap and the dashboard.
/// <see cref="Oldest"/> keeps one sample per estate change seen, for the oldest change it newly shows (how stale the
/// tile was: the figure to hold against the target); <see cref="Every"/> keeps one per dwelling change. Both clocks
/// are this machine's. The hub takes signed-in connections only: the screen carries <c>session</c>'s bearer token.
/// </summary>
public sealed class BenchLiveScreen : IAsyncDisposable
{
    private const string UpdatesMethod = "Updates";
    private const string SubscribeMethod = "Subscribe";

    private readonly Lock _gate = new();
    private readonly HubConnection _connection;
    private readonly BenchLiveWindow _window;
    private readonly Dictionary<string, long> _versions = new(StringComparer.Ordinal);
    private readonly BenchLiveMatcher _matcher;
    private readonly List<(long SeenAt, long Latency)> _oldest = [];
    private readonly List<long> _every = [];
    private readonly List<long> _toEstate = [];
    private long _messages;
    private long _messagesInWindow;

    public BenchLiveScreen(Uri hub, string scope, BenchLiveProtocol protocol, BenchLiveAcks acks, BenchLiveWindow window, ApiSession session)
    {
        Scope = scope;
        _matcher = new BenchLiveMatcher(acks);
        _window = window;
        var builder = new HubConnectionBuilder().WithUrl(hub, o => o.AccessTokenProvider = async () => await session.AccessTokenAsync(CancellationToken.None));
        if (protocol == BenchLiveProtocol.MessagePack)
        {
            builder.AddMessagePackProtocol();
        }

        _connection = builder.Build();
        _connection.On<List<BenchLiveUpdate>>(UpdatesMethod, OnUpdates);
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

    /// <summary>Latency (ticks) of the oldest newly visible change, one per estate change seen in the window.</summary>
    public IReadOnlyList<long> Oldest
    {
        get
        {
            lock (_gate)
            {
                return [.. _oldest.Select(o => o.Latency)];
            }
        }
    }

    /// <summary>The samples of <see cref="Oldest"/> with the time each was seen (UTC ticks), read together.</summary>
    public IReadOnlyList<(long SeenAt, long Latency)> OldestSeen
    {
        get
        {
            lock (_gate)
            {
                return [.. _oldest];
            }
        }
    }

    /// <summary>Of <see cref="Oldest"/>: request send → the estate's newest change in the update that showed it (the
    /// estate's version, which rollups stamp with the Unix milliseconds of each change they take in). It overstates
    /// the change's own way to the estate by up to the estate's report delay; the rest of <see cref="Oldest"/> is that
    /// delay, the district, the feed's cap, the dashboard and the screen.</summary>
    public IReadOnlyList<long> ToEstate
    {
        get
        {
            lock (_gate)
            {
                return [.. _toEstate];
            }
        }
    }

    /// <summary>Latency (ticks) of every dwelling change that became visible in the window.</summary>
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
        var snapshot = await _connection.InvokeAsync<BenchLiveUpdate?>(SubscribeMethod, Scope, ct);
        Apply(snapshot, DateTime.UtcNow.Ticks);
    }

    /// <summary>Logged changes of this screen's estates, sent before <paramref name="before"/>, that no update has
    /// shown yet (after settling what the screen saw before the answer came).</summary>
    public int Unseen(DateTime before)
    {
        lock (_gate)
        {
            _matcher.SettleAll(Record);
            return _matcher.Unseen(before.Ticks);
        }
    }

    /// <summary>Log entries that paid for a change the screen saw before they were sent (see <see cref="BenchLiveMatcher.Mismatched"/>).</summary>
    public long Mismatched
    {
        get
        {
            lock (_gate)
            {
                return _matcher.Mismatched;
            }
        }
    }

    public async ValueTask DisposeAsync() => await _connection.DisposeAsync();

    private void OnUpdates(List<BenchLiveUpdate> batch)
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

        foreach (var update in batch)
        {
            Apply(update, received);
        }
    }

    /// <summary>Takes a district update (or snapshot): every estate whose change count moved on.</summary>
    private void Apply(BenchLiveUpdate? update, long received)
    {
        if (update?.Payload?.Estates is not { } estates)
        {
            return;
        }

        lock (_gate)
        {
            foreach (var estate in estates)
            {
                if (estate.EstateId is not { } id || (_versions.TryGetValue(id, out var held) && estate.Version < held))
                {
                    continue; // an older summary than one already taken
                }

                _versions[id] = estate.Version;
                _matcher.Seen(id, estate.Changes, received, Record, VersionTime(estate.Version));
            }
        }
    }

    /// <summary>Rollup versions are max(previous + 1, Unix milliseconds) (<c>Rollups.NextVersion</c>): under steady change,
    /// the time the estate took the change in. 0 for a version that is no time (before 2001).</summary>
    private static long VersionTime(long version) =>
        version is > 1_000_000_000_000 and < 100_000_000_000_000 ? DateTimeOffset.FromUnixTimeMilliseconds(version).UtcTicks : 0;

    /// <summary>Keeps a sample when the update showing the change arrived inside the measured window.</summary>
    private void Record(BenchLiveMatcher.Shown shown)
    {
        if (!_window.Contains(shown.SeenAt))
        {
            return;
        }

        _every.Add(shown.Latency);
        if (shown.First)
        {
            _oldest.Add((shown.SeenAt, shown.Latency));
            if (shown.ToEstate is { } toEstate)
            {
                _toEstate.Add(toEstate);
            }
        }
    }
}
