using System.Globalization;

namespace Anju.Demo.Benchmark.Security;

/// <summary>CPU time of another process from /proc (Linux): user + system, in seconds.</summary>
public static class CpuSampler
{
    private const double TicksPerSecond = 100; // USER_HZ on Linux

    public static double? CpuSeconds(int? pid)
    {
        if (pid is null || !File.Exists($"/proc/{pid}/stat"))
        {
            return null;
        }

        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        // After "pid (comm) ", field 3 (state) is index 0: utime is field 14, stime field 15.
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond;
    }
}
