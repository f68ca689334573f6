using System.Diagnostics;
using System.Net;

namespace Anju.Testing;

/// <summary>The silo in a process of its own, so a test can kill it outright: no deactivation, no shutdown.</summary>
public sealed class SiloProcess : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly Process _process;

    private SiloProcess(Process process, Uri baseAddress)
    {
        _process = process;
        Http = new HttpClient { BaseAddress = baseAddress };
    }

    public HttpClient Http { get; }

    public static async Task<SiloProcess> StartAsync(string connectionString, string clusterId, string serviceId)
    {
        var httpPort = FreePort.Next();
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
            ["Orleans__SiloPort"] = FreePort.Next().ToString(),
            ["Orleans__GatewayPort"] = FreePort.Next().ToString(),
            ["Database__Migrate"] = "false",
            ["Serilog__MinimumLevel__Default"] = "Warning",
            ["Access__Limits__SignInsPerMinute"] = "100000",
            ["Access__BearerLifetime"] = "04:00:00",
        };
        foreach (var (name, value) in env)
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("The silo process did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var silo = new SiloProcess(process, new Uri($"http://127.0.0.1:{httpPort}"));
        try
        {
            await Wait.UntilAsync(async () => process.HasExited || await AnswersHealthAsync(silo.Http), StartTimeout, () => "the silo process to answer /health");
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The silo process exited ({process.ExitCode}) before it became healthy.");
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
        Kill();
        Http.Dispose();
        _process.Dispose();
    }

    private static async Task<bool> AnswersHealthAsync(HttpClient http)
    {
        try
        {
            using var response = await http.GetAsync(new Uri("/health", UriKind.Relative));
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false; // not listening yet
        }
    }
}
