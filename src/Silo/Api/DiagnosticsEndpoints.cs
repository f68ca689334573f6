using Anju.Access;
using System.Diagnostics;

namespace Anju.Silo.Api;

/// <summary>What the silo process holds: memory, garbage collections and grain activations (benchmarks, capacity planning).</summary>
public sealed record SiloDiagnostics(
    long WorkingSetBytes,
    long ManagedHeapBytes,
    long GcCommittedBytes,
    IReadOnlyList<int> GcCollections,
    int Activations,
    IReadOnlyDictionary<string, int> ActivationsByType,
    TimeSpan Uptime);

/// <summary><c>GET /api/diagnostics[?gc=true]</c>: a forced, compacting collection first gives comparable figures.</summary>
public static class DiagnosticsEndpoints
{
    public static RouteGroupBuilder MapDiagnosticsEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/diagnostics", async (IGrainFactory grains, bool gc = false) =>
            {
                if (gc)
                {
                    GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
                    GC.WaitForPendingFinalizers();
                }

                var statistics = await grains.GetGrain<IManagementGrain>(0).GetSimpleGrainStatistics();
                var byType = statistics
                    .GroupBy(s => ShortName(s.GrainType), StringComparer.Ordinal)
                    .OrderBy(g => g.Key, StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => g.Sum(s => s.ActivationCount), StringComparer.Ordinal);
                using var process = Process.GetCurrentProcess();
                return new SiloDiagnostics(
                    process.WorkingSet64,
                    GC.GetTotalMemory(forceFullCollection: false),
                    GC.GetGCMemoryInfo().TotalCommittedBytes,
                    [.. Enumerable.Range(0, GC.MaxGeneration + 1).Select(GC.CollectionCount)],
                    byType.Values.Sum(),
                    byType,
                    DateTime.Now - process.StartTime);
            })
            .Allow(Permission.Administer, ScopeFrom.Anywhere)
            .WithTags("Diagnostics")
            .WithSummary("Working set, managed heap, collections, grain activations and uptime of this silo; ?gc=true collects first.");
        return api;
    }

    /// <summary><c>Anju.Dwellings.DwellingGrain,Anju.Grains</c> → <c>DwellingGrain</c>.</summary>
    private static string ShortName(string grainType)
    {
        var type = grainType.Split(',')[0];
        return type[(type.LastIndexOf('.') + 1)..];
    }
}
