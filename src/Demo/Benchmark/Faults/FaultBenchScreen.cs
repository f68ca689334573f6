using Anju.Demo.Api;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Anju.Demo.Benchmark.Faults;

/// <summary>
/// The benchmark's screens: one MessagePack hub connection watching every company queue of the run's estates and one
/// watching the city's alarm stream (the wall's ticker). Each keeps the first time it saw each lift (estate and
/// facility id): in an order of a queue, or in an open alarm on the board. Times are this machine's UTC ticks.
/// </summary>
public sealed class FaultBenchScreen : IAsyncDisposable
{
    private static readonly char[] IdSeparators = ['/', ':', '|', '#'];

    private readonly HubConnection _connection;
    private readonly Dictionary<(string Estate, string Facility), long> _seen = [];
    private readonly Lock _gate = new();

    public FaultBenchScreen(Uri hub, ApiSession session)
    {
        _connection = new HubConnectionBuilder()
            .WithUrl(hub, o => o.AccessTokenProvider = async () => await session.AccessTokenAsync(CancellationToken.None))
            .AddMessagePackProtocol()
            .Build();
        _connection.On<List<FaultBenchUpdate>>("Updates", batch => batch.ForEach(u => Take(u, DateTime.UtcNow.Ticks)));
    }

    /// <summary>Connects and subscribes to each scope; what the snapshots already hold counts as seen before the run.</summary>
    public async Task StartAsync(IEnumerable<string> scopes, CancellationToken ct)
    {
        await _connection.StartAsync(ct);
        foreach (var scope in scopes)
        {
            Take(await _connection.InvokeAsync<FaultBenchUpdate?>("Subscribe", scope, ct), 0);
        }
    }

    /// <summary>When the lift was first seen, or null.</summary>
    public long? SeenAt(string estateId, string facilityId)
    {
        lock (_gate)
        {
            return _seen.TryGetValue((estateId, facilityId), out var at) ? at : null;
        }
    }

    public async ValueTask DisposeAsync() => await _connection.DisposeAsync();

    private void Take(FaultBenchUpdate? update, long at)
    {
        var payload = update?.Payload;
        if (payload is null)
        {
            return;
        }

        lock (_gate)
        {
            foreach (var order in payload.Orders ?? [])
            {
                if (order is { EstateId: { } estate, FacilityId: { } facility })
                {
                    _seen.TryAdd((estate, facility), at);
                }
            }

            // The alarm names its lift as its originator; failing that, as a part of its id.
            foreach (var alarm in (payload.Open ?? []).Select(b => b.Alarm).OfType<FaultBenchAlarm>())
            {
                if (alarm.EstateId is not { } estate)
                {
                    continue;
                }

                foreach (var part in alarm.Originator is { } originator ? [originator] : (alarm.AlarmId ?? "").Split(IdSeparators))
                {
                    _seen.TryAdd((estate, part), at);
                }
            }
        }
    }
}
