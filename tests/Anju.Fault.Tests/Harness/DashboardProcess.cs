using System.Diagnostics;

namespace Anju.Fault.Tests.Harness;

/// <summary>A dashboard host in a process of its own (the build's <c>src/Dashboard/bin/Release/net10.0</c>, as
/// <c>deploy/cluster.sh</c> runs it), an Orleans client of the cluster under test: it must ride out the silos' deaths
/// by itself, as a command centre's would.</summary>
public sealed class DashboardProcess : IDisposable
{
    private readonly Process _process;
    private readonly OutputTail _log = new(100);

    private DashboardProcess(Process process, Uri baseAddress) => (_process, BaseAddress) = (process, baseAddress);

    public Uri BaseAddress { get; }

    /// <summary>The live hub's address.</summary>
    public Uri Hub => new(BaseAddress, "hubs/live");

    /// <summary>The last lines of its output, for a failure message.</summary>
    public string LogTail => _log.ToString();

    /// <summary>Starts the host on a free port against the cluster, its API calls going to <paramref name="api"/>.</summary>
    public static async Task<DashboardProcess> StartAsync(string connectionString, string clusterId, string serviceId, Uri api)
    {
        var port = FreePort.Next();
        var folder = Path.Combine(PrivatePostgres.RepositoryRoot(), "src", "Dashboard", "bin", "Release", "net10.0");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(folder, "Anju.Dashboard.dll")])
        {
            WorkingDirectory = folder,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in new Dictionary<string, string>
        {
            ["Urls"] = $"http://127.0.0.1:{port}",
            ["ConnectionStrings__Anju"] = connectionString,
            ["Orleans__ClusterId"] = clusterId,
            ["Orleans__ServiceId"] = serviceId,
            ["Database__Migrate"] = "false",
            ["Dashboard__Api"] = api.ToString(),
            ["Serilog__MinimumLevel__Default"] = "Warning",
        })
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("The dashboard process did not start.");
        var host = new DashboardProcess(process, new Uri($"http://127.0.0.1:{port}/"));
        process.OutputDataReceived += (_, e) => host._log.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => host._log.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var http = new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        await Wait.UntilAsync(async () => process.HasExited || await SiloProcess.AnswersHealthAsync(http), TimeSpan.FromSeconds(90), () => "the dashboard process to answer /health");
        if (process.HasExited)
        {
            throw new InvalidOperationException($"The dashboard process exited ({process.ExitCode}) before it became healthy:\n{host.LogTail}");
        }

        return host;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }
}
