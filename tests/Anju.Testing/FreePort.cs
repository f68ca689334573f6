using System.Net;
using System.Net.Sockets;

namespace Anju.Testing;

/// <summary>A loopback port nobody listens on right now. Another process can take it before the caller binds it, so a host
/// that loses that race starts again on fresh ports (<see cref="RunningSilo.StartAsync"/>).</summary>
public static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
