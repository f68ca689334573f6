using System.Diagnostics;
using System.Text;

namespace Anju.Testing;

/// <summary>One run of a built host (<c>Anju.Silo.dll</c>, <c>Anju.Dashboard.dll</c> beside the tests) that is expected
/// to stop by itself: its exit code and everything it wrote. A host still running after the time-out is killed and the
/// run fails, saying what it wrote.</summary>
public sealed record HostRun(int ExitCode, string Stdout, string Stderr)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    /// <summary>Both streams, for assertions about what an operator sees.</summary>
    public string Output => Stdout + "\n" + Stderr;

    /// <summary>Runs <paramref name="assembly"/> with <paramref name="args"/> and <paramref name="environment"/> (added to
    /// this process's) in an empty working folder, so no appsettings.json is read: only what the test gives.</summary>
    public static async Task<HostRun> RunAsync(string assembly, IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var folder = Directory.CreateTempSubdirectory("anju-host-");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, assembly), .. args])
        {
            WorkingDirectory = folder.FullName,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // Content root is the working folder (no appsettings.json there); the environment names no settings of its own.
        start.Environment["DOTNET_CONTENTROOT"] = folder.FullName;
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var (stdout, stderr) = (new StringBuilder(), new StringBuilder());
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{assembly} did not start.");
        process.OutputDataReceived += (_, e) => Append(stdout, e.Data);
        process.ErrorDataReceived += (_, e) => Append(stderr, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var limit = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            throw new TimeoutException($"{assembly} {string.Join(' ', args)} was still running after {Timeout}:\n{Text(stdout)}\n{Text(stderr)}");
        }
        finally
        {
            folder.Delete(recursive: true);
        }

        process.WaitForExit(); // the output's last lines are read
        return new HostRun(process.ExitCode, Text(stdout), Text(stderr));
    }

    /// <summary>The host stopped with <paramref name="exitCode"/> and one line on stderr that starts with
    /// <paramref name="line"/>, and nothing it wrote is a stack frame.</summary>
    public void AssertStoppedWith(int exitCode, string line)
    {
        var failure = $"exit {ExitCode}\nstdout:\n{Stdout}\nstderr:\n{Stderr}";
        Assert.True(ExitCode == exitCode, failure);
        var lines = Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.True(lines.Length == 1 && lines[0].StartsWith(line, StringComparison.Ordinal), failure);
        Assert.False(Output.Contains("   at ", StringComparison.Ordinal), failure);
    }

    private static void Append(StringBuilder to, string? line)
    {
        if (line is not null)
        {
            lock (to)
            {
                to.AppendLine(line);
            }
        }
    }

    private static string Text(StringBuilder from)
    {
        lock (from)
        {
            return from.ToString();
        }
    }
}
