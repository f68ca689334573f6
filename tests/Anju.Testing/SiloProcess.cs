using System.Diagnostics;
using System.Net;

namespace Anju.Testing;

/// <summary>The silo in a process of its own, so a test can kill it outright: no deactivation, no shutdown.</summary>
public sealed class SiloProcess : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private const int LogLinesKept = 200;

    private readonly Process _process;
    private readonly OutputTail _log = new(LogLinesKept);
    private bool _disposed;

    private SiloProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
        Http = new HttpClient { BaseAddress = baseAddress };
    }

    public Uri BaseAddress { get; }

    /// <summary>Signed in as <see cref="TestAccounts.Operator"/>.</summary>
    public HttpClient Http { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>The process's last lines of output (warnings and errors at the default level), for a failure message.</summary>
    public string LogTail => _log.ToString();

    /// <summary>The ports it listens on (HTTP, silo-to-silo, gateway).</summary>
    public (int Http, int Silo, int Gateway) Ports { get; private init; }

    /// <summary>Starts the silo as a process of its own on free ports, or on <paramref name="samePortsAs"/>'s: a silo
    /// restarted on its endpoint is a new generation of it, and the cluster declares the old one dead at once instead
    /// of waiting out its missed probes (what a service manager's restart does). <c>settings</c> are configuration
    /// added to (or replacing) the defaults, as environment variables (<c>Incidents__ReminderPeriod</c>…).</summary>
    public static async Task<SiloProcess> StartAsync(string connectionString, string clusterId, string serviceId,
        SiloProcess? samePortsAs = null, IReadOnlyDictionary<string, string>? settings = null)
    {
        var (httpPort, siloPort, gatewayPort) = samePortsAs?.Ports ?? (FreePort.Next(), FreePort.Next(), FreePort.Next());
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Anju.Silo.dll")])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var env = new Dictionary<string, string>
        {
            ["Urls"] = $"http://127.0.0.1:{httpPort}",
            ["ConnectionStrings__Anju"] = connectionString,
            ["Orleans__ClusterId"] = clusterId,
            ["Orleans__ServiceId"] = serviceId,
            ["Orleans__SiloPort"] = siloPort.ToString(),
            ["Orleans__GatewayPort"] = gatewayPort.ToString(),
            ["Database__Migrate"] = "false",
            ["Serilog__MinimumLevel__Default"] = "Warning",
            ["Access__Limits__SignInsPerMinute"] = "100000",
            ["Access__BearerLifetime"] = "04:00:00",
        };
        foreach (var (name, value) in settings ?? new Dictionary<string, string>())
        {
            env[name] = value;
        }

        foreach (var (name, value) in env)
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("The silo process did not start.");
        var silo = new SiloProcess(process, new Uri($"http://127.0.0.1:{httpPort}")) { Ports = (httpPort, siloPort, gatewayPort) };
        process.OutputDataReceived += (_, e) => silo._log.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => silo._log.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await Wait.UntilAsync(async () => process.HasExited || await AnswersHealthAsync(silo.Http), StartTimeout, () => "the silo process to answer /health");
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The silo process exited ({process.ExitCode}) before it became healthy:\n{silo.LogTail}");
            }

            await TestAccounts.EnsureAsync(connectionString, TestAccounts.Operator, TestAccounts.OperatorGrants);
            silo.Http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue(
                "Bearer", await TestAccounts.TokenAsync(silo.Http.BaseAddress!, TestAccounts.Operator));
            return silo;
        }
        catch
        {
            silo.Dispose();
            throw;
        }
    }

    /// <summary>Ends the process at once, like a power cut: nothing runs on the way out.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        Kill();
        Http.Dispose();
        _process.Dispose();
    }

    /// <summary>Whether a host at <paramref name="http"/>'s base address answers 200 on <c>/health</c>.</summary>
    public static async Task<bool> AnswersHealthAsync(HttpClient http)
    {
        try
        {
            using var response = await http.GetAsync(new Uri("/health", UriKind.Relative));
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return false; // not listening yet, or too busy starting to answer within the client's timeout
        }
    }
}
