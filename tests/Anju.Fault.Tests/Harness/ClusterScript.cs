using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Anju.Fault.Tests.Harness;

/// <summary>
/// <c>deploy/cluster.sh</c> run as an operator runs it, against a <see cref="PrivatePostgres"/>, on a block of loopback
/// ports below the ephemeral range (so no test's <see cref="FreePort"/> can take one meanwhile) and with process ids and
/// logs in a folder of its own (so it neither sees nor stops a cluster a developer runs from the same checkout).
/// </summary>
public sealed class ClusterScript : IDisposable
{
    private const int BlockSize = 16;

    /// <summary>How long the script waits for each host's /health (it starts them one after another).</summary>
    public static readonly TimeSpan HostStart = TimeSpan.FromSeconds(150);

    private readonly int _pgPort;
    private readonly int _base;

    private ClusterScript(int pgPort, int basePort, string folder)
    {
        _pgPort = pgPort;
        _base = basePort;
        Folder = folder;
    }

    /// <summary>Process ids (<c>NAME.pid</c>) and logs (<c>cluster-NAME.log</c>).</summary>
    public string Folder { get; }

    public int ApiBase => _base;

    public int DashboardBase => _base + 4;

    public int SiloBase => _base + 8;

    public int GatewayBase => _base + 12;

    public Uri Silo(int k) => new($"http://127.0.0.1:{ApiBase + k}/");

    public Uri Dashboard(int j) => new($"http://127.0.0.1:{DashboardBase + j}/");

    /// <summary>Every port the hosts of <paramref name="silos"/> silos and <paramref name="dashboards"/> dashboard hosts listen on.</summary>
    public IEnumerable<int> Ports(int silos, int dashboards) =>
        Enumerable.Range(1, silos).SelectMany(k => new[] { ApiBase + k, SiloBase + k, GatewayBase + k })
            .Concat(Enumerable.Range(1, dashboards).Select(j => DashboardBase + j));

    /// <summary>A script bound to <paramref name="pgPort"/> with a free block of ports (at most three silos, three
    /// dashboard hosts).</summary>
    public static ClusterScript For(int pgPort)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var basePort = Random.Shared.Next(20_000, 29_000 - BlockSize);
            if (Enumerable.Range(basePort, BlockSize).All(IsFree))
            {
                var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"anju-cluster-{Guid.NewGuid():N}")).FullName;
                return new ClusterScript(pgPort, basePort, folder);
            }
        }

        throw new InvalidOperationException("No free block of 16 loopback ports between 20000 and 29000.");
    }

    /// <summary>Runs <c>deploy/cluster.sh ARGS</c> to its end (killed after <paramref name="timeout"/>); its exit code and output.</summary>
    public async Task<(int ExitCode, string Output)> RunAsync(TimeSpan timeout, params string[] args)
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(PrivatePostgres.RepositoryRoot(), "deploy", "cluster.sh"), .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var env = start.Environment;
        env["ANJU_PG_PORT"] = Invariant(_pgPort);
        env["ANJU_CLUSTER_API_BASE"] = Invariant(ApiBase);
        env["ANJU_CLUSTER_DASHBOARD_BASE"] = Invariant(DashboardBase);
        env["ANJU_CLUSTER_SILO_BASE"] = Invariant(SiloBase);
        env["ANJU_CLUSTER_GATEWAY_BASE"] = Invariant(GatewayBase);
        env["ANJU_CLUSTER_STATE"] = Folder;
        env["ANJU_CLUSTER_LOGS"] = Folder;
        env["ANJU_STARTUP_TIMEOUT"] = Invariant((int)HostStart.TotalSeconds);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("bash did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: false);
            throw new TimeoutException($"cluster.sh {string.Join(' ', args)} did not end within {timeout}: {await output}{await errors}");
        }

        return (process.ExitCode, $"{await output}{await errors}");
    }

    /// <summary>The process ids cluster.sh recorded, by host name.</summary>
    public IReadOnlyDictionary<string, int> Pids() =>
        Directory.GetFiles(Folder, "*.pid").ToDictionary(
            f => Path.GetFileNameWithoutExtension(f), f => int.Parse(File.ReadAllText(f).Trim(), CultureInfo.InvariantCulture));

    /// <summary>The last lines of every host's log, for a failure's message.</summary>
    public string LogTails() => string.Join("\n", Directory.GetFiles(Folder, "*.log").Order().Select(f =>
        $"--- {Path.GetFileName(f)} ---\n{string.Join('\n', File.ReadLines(f).TakeLast(15))}"));

    public static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>Nothing listens on the loopback port (a connection is refused).</summary>
    public static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            listener.Stop();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A host still writing its log; the folder is in the temporary directory.
        }
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
