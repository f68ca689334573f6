using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;

namespace Anju.Dashboard.Tests.Infrastructure;

/// <summary>
/// A screen that stops reading: a WebSocket speaking the SignalR JSON protocol by hand, which subscribes to its scopes,
/// reads the answers, and then reads nothing more while it keeps pinging, like a wall PC on a choked link or a hung
/// browser tab. (The SignalR .NET client cannot stand in for it: it keeps reading into an unbounded queue however long
/// its handlers take.) Its socket asks for a small receive buffer, so the host's writes back up soon.
/// </summary>
public sealed class StalledScreen : IAsyncDisposable
{
    private const char RecordSeparator = '\u001e';
    private static readonly TimeSpan PingEvery = TimeSpan.FromSeconds(5);

    private readonly ClientWebSocket _socket;
    private readonly HttpMessageInvoker _invoker;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _pings;

    private StalledScreen(ClientWebSocket socket, HttpMessageInvoker invoker)
    {
        (_socket, _invoker) = (socket, invoker);
        _pings = PingAsync();
    }

    /// <summary>Connects with the bearer token <paramref name="token"/> and subscribes to <paramref name="scopes"/>.</summary>
    public static async Task<StalledScreen> ConnectAsync(Uri hub, string token, IReadOnlyList<string> scopes)
    {
        var invoker = new HttpMessageInvoker(new SocketsHttpHandler
        {
            ConnectCallback = async (connect, ct) =>
            {
                var tcp = new Socket(SocketType.Stream, ProtocolType.Tcp) { ReceiveBufferSize = 4096, NoDelay = true };
                await tcp.ConnectAsync(connect.DnsEndPoint, ct);
                return new NetworkStream(tcp, ownsSocket: true);
            },
        });
        var socket = new ClientWebSocket();
        socket.Options.SetRequestHeader("Authorization", $"Bearer {token}");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await socket.ConnectAsync(new UriBuilder(hub) { Scheme = "ws" }.Uri, invoker, timeout.Token);
        await SendAsync(socket, """{"protocol":"json","version":1}""", timeout.Token);
        for (var i = 0; i < scopes.Count; i++)
        {
            await SendAsync(socket, $$"""{"type":1,"invocationId":"{{i}}","target":"Subscribe","arguments":["{{scopes[i]}}"]}""", timeout.Token);
        }

        // The handshake answer, then one completion per subscription (type 3), each with its snapshot.
        var completions = 0;
        var buffer = new byte[64 * 1024];
        var text = new StringBuilder();
        while (completions < scopes.Count)
        {
            var read = await socket.ReceiveAsync(buffer, timeout.Token);
            text.Append(Encoding.UTF8.GetString(buffer, 0, read.Count));
            var records = text.ToString().Split(RecordSeparator);
            foreach (var record in records[..^1])
            {
                if (record.Contains("\"error\"", StringComparison.Ordinal))
                {
                    throw new InvalidOperationException($"The hub refused: {record}");
                }

                completions += record.StartsWith("{\"type\":3", StringComparison.Ordinal) ? 1 : 0;
            }

            text.Clear().Append(records[^1]);
        }

        return new StalledScreen(socket, invoker);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _pings;
        _socket.Abort();
        _socket.Dispose();
        _invoker.Dispose();
        _stop.Dispose();
    }

    private async Task PingAsync()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                await Task.Delay(PingEvery, _stop.Token);
                await SendAsync(_socket, """{"type":6}""", _stop.Token);
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // stopped
        }
        catch (Exception ex) when (ex is WebSocketException or IOException)
        {
            // the host closed the connection: nothing more to ping
        }
    }

    private static Task SendAsync(ClientWebSocket socket, string record, CancellationToken cancellationToken) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(record + RecordSeparator), WebSocketMessageType.Text, true, cancellationToken);
}
