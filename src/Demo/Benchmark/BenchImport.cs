using System.Diagnostics;
using Anju.Demo.Api;
using Anju.Demo.City;
using Anju.Demo.Guangzhou;
using Anju.Demo.Importing;

namespace Anju.Demo.Benchmark;

/// <summary>
/// The onboarding benchmark: generate a city, post it, and measure import time, throughput and what the silo
/// holds afterwards (working set after a forced collection, before and after). The issue's target for
/// 150,000 dwellings: under 2 minutes and under 1.5 GB. Diagnostics are read through <paramref name="admin"/>, a
/// client signed in as an administrator.
/// </summary>
public sealed class BenchImport(AnjuApi api, AnjuApi admin, CityOptions city)
{
    private static readonly TimeSpan HealthTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan TargetTime = TimeSpan.FromMinutes(2);
    private const long TargetBytes = 1_500_000_000;

    public async Task<int> RunAsync(CancellationToken ct)
    {
        if (!await api.WaitUntilHealthyAsync(HealthTimeout, ct))
        {
            Console.Error.WriteLine($"The API at {api.BaseAddress} was not healthy within {HealthTimeout.TotalSeconds:F0} s.");
            return ExitCodes.Unreachable;
        }

        var fresh = !(await api.GetEstateAsync(EstateIds.At(0).EstateId, ct)).IsSuccess;
        var before = await DiagnosticsAsync(ct);
        if (before is null)
        {
            return ExitCodes.Failed;
        }

        var file = await CityFile.GenerateAsync(city, ct);
        Console.WriteLine($"Generated {file.Stats} in {file.Generated.TotalSeconds:F1} s (seed {city.Seed}); importing into {api.BaseAddress} ({(fresh ? "fresh" : "re-import")}) …");
        var clock = Stopwatch.StartNew();
        ApiResult<ImportResult> answer;
        await using (new ImportWatch(api))
        {
            answer = await api.ImportAsync(new ByteArrayContent(file.Csv), ct);
        }

        var elapsed = clock.Elapsed;
        if (ImportReport.Print(answer, elapsed) != ExitCodes.Ok || await DiagnosticsAsync(ct) is not { } after)
        {
            return ExitCodes.Failed;
        }

        Print(file.Stats, answer.Value!, elapsed, before, after, fresh);
        return ExitCodes.Ok;
    }

    private async Task<SiloDiagnostics?> DiagnosticsAsync(CancellationToken ct)
    {
        var diagnostics = await admin.GetDiagnosticsAsync(collectFirst: true, ct);
        if (!diagnostics.IsSuccess)
        {
            Console.Error.WriteLine($"GET /api/diagnostics: {diagnostics}");
        }

        return diagnostics.Value;
    }

    private static void Print(CityStats stats, ImportResult result, TimeSpan elapsed, SiloDiagnostics before, SiloDiagnostics after, bool fresh)
    {
        var dwellings = Math.Max(1, result.Dwellings);
        var perDwelling = (after.WorkingSetBytes - before.WorkingSetBytes) / (double)dwellings;
        Console.WriteLine();
        Console.WriteLine($"bench-import ({(fresh ? "fresh database" : "re-import of an existing city")})");
        Row("file", $"{stats}");
        Row("import time", $"{elapsed.TotalSeconds:F1} s (silo: {result.ElapsedMs / 1000.0:F1} s)  target < {TargetTime.TotalSeconds:F0} s: {Verdict(elapsed < TargetTime)}");
        Row("throughput", $"{dwellings / elapsed.TotalSeconds:F0} dwellings/s");
        Row("working set", $"{Mb(before.WorkingSetBytes)} → {Mb(after.WorkingSetBytes)}  target < {Mb(TargetBytes)}: {Verdict(after.WorkingSetBytes < TargetBytes)}");
        Row("managed heap", $"{Mb(before.ManagedHeapBytes)} → {Mb(after.ManagedHeapBytes)} (GC committed {Mb(after.GcCommittedBytes)})");
        Row("activations", $"{before.Activations} → {after.Activations}: {string.Join(", ", after.ActivationsByType.Where(t => t.Value >= 10).Select(t => $"{t.Key} {t.Value}"))}");
        Row("per dwelling", $"{perDwelling:F0} bytes of working set per active dwelling ((after − before) / {dwellings})");
        Row("gc collections", $"gen0/1/2 {string.Join("/", after.GcCollections.Zip(before.GcCollections, (a, b) => a - b))} during the run");
    }

    private static void Row(string label, string value) => Console.WriteLine($"  {label,-15} {value}");

    private static string Mb(long bytes) => $"{bytes / 1048576.0:F0} MB";

    private static string Verdict(bool met) => met ? "met" : "MISSED";
}
