using System.Diagnostics;

namespace Anju.Tests.Deploy;

/// <summary>The systemd units in deploy/systemd: what a unit must say (non-root user, its environment file, a restart
/// policy, ordering after PostgreSQL, hardening) and <c>systemd-analyze verify</c>'s judgement of them.</summary>
public class SystemdUnitTests
{
    private static readonly string[] Units = ["anju-silo.service", "anju-dashboard.service", "anju-migrate.service", "anju-backup.service"];

    /// <summary>Every file systemd-analyze verify reads: the services and the backup's timer.</summary>
    private static readonly string[] Files = [.. Units, "anju-backup.timer"];

    public static TheoryData<string> UnitNames() => [.. Units];

    [Theory]
    [MemberData(nameof(UnitNames))]
    public void A_unit_runs_as_anju_from_its_environment_file_after_PostgreSQL_and_hardened(string unit)
    {
        var lines = File.ReadAllLines(DeployFiles.Path("systemd", unit));
        string Value(string key) => lines.LastOrDefault(l => l.StartsWith(key + "=", StringComparison.Ordinal))?[(key.Length + 1)..]
            ?? throw new Xunit.Sdk.XunitException($"{unit} has no {key}=");

        Assert.Equal("anju", Value("User"));
        Assert.StartsWith("/etc/anju/", Value("EnvironmentFile"), StringComparison.Ordinal);
        Assert.Contains("postgresql.service", Value("After"), StringComparison.Ordinal);
        Assert.Contains("postgresql.service", Value("Wants"), StringComparison.Ordinal);
        Assert.Equal("yes", Value("NoNewPrivileges"));
        Assert.Equal("strict", Value("ProtectSystem"));
        Assert.Equal("yes", Value("PrivateTmp"));
        Assert.Equal(string.Empty, Value("CapabilityBoundingSet"));
        // The JIT writes code to memory it then executes: MemoryDenyWriteExecute would kill a .NET host.
        if (unit != "anju-backup.service")
        {
            Assert.DoesNotContain(lines, l => l.StartsWith("MemoryDenyWriteExecute=yes", StringComparison.Ordinal));
        }
        switch (unit)
        {
            case "anju-migrate.service":
                Assert.Equal("oneshot", Value("Type"));
                Assert.EndsWith("--migrate-only", Value("ExecStart"), StringComparison.Ordinal);
                break;
            case "anju-backup.service":
                Assert.Equal("oneshot", Value("Type"));
                Assert.Contains("/deploy/backup.sh --keep ", Value("ExecStart"), StringComparison.Ordinal);
                break;
            default:
                Assert.Equal("on-failure", Value("Restart"));
                Assert.Contains("multi-user.target", Value("WantedBy"), StringComparison.Ordinal);
                break;
        }
    }

    [Fact]
    public void The_backup_timer_runs_nightly_and_makes_up_a_missed_run()
    {
        var lines = File.ReadAllLines(DeployFiles.Path("systemd", "anju-backup.timer"));
        Assert.Contains("Persistent=true", lines);
        Assert.Contains(lines, l => l.StartsWith("OnCalendar=*-*-* ", StringComparison.Ordinal));
        Assert.Contains("WantedBy=timers.target", lines);
    }

    [SystemdAnalyzeFact]
    public async Task Systemd_analyze_verify_finds_nothing_to_say_about_the_units()
    {
        var analyze = SystemdAnalyzeFactAttribute.Program!;
        // verify checks that ExecStart's program exists: where dotnet is not /usr/bin/dotnet, point at this one.
        var folder = Directory.CreateTempSubdirectory("anju-units-");
        try
        {
            var dotnet = File.Exists("/usr/bin/dotnet") ? "/usr/bin/dotnet" : DotnetPath();
            foreach (var unit in Files)
            {
                var text = await File.ReadAllTextAsync(DeployFiles.Path("systemd", unit));
                await File.WriteAllTextAsync(Path.Combine(folder.FullName, unit), text.Replace("/usr/bin/dotnet", dotnet, StringComparison.Ordinal));
            }

            var start = new ProcessStartInfo(analyze, ["verify", .. Files.Select(u => Path.Combine(folder.FullName, u))])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
            await process.WaitForExitAsync(timeout.Token);
            var said = (await output + await errors).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            // verify exits 0 even for an unknown key or an unparsable value, and reports them as lines naming the
            // file: any line about one of our units fails the test (lines about the host's own units do not).
            var aboutOurs = said.Where(l => Files.Any(u => l.Contains(u, StringComparison.Ordinal))).ToList();
            Assert.True(process.ExitCode == 0 && aboutOurs.Count == 0,
                $"systemd-analyze verify exited {process.ExitCode}:\n{string.Join('\n', said)}");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string DotnetPath() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : Environment.ProcessPath!;
}

/// <summary>A fact skipped, with its reason, where systemd-analyze is not installed.</summary>
public sealed class SystemdAnalyzeFactAttribute : FactAttribute
{
    public static string? Program { get; } = new[] { "/usr/bin/systemd-analyze", "/bin/systemd-analyze" }.FirstOrDefault(File.Exists);

    public SystemdAnalyzeFactAttribute()
    {
        if (Program is null)
        {
            Skip = "systemd-analyze is not installed on this machine: the units were not verified (the other tests still read them).";
        }
    }
}
