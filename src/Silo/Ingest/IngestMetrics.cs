using System.Diagnostics.Metrics;

namespace Anju.Silo.Ingest;

/// <summary>What the ingest path took in (meter <c>Anju.Ingest</c>): device events and dwelling commands sent in batches,
/// each counted once with its outcome.</summary>
public static class IngestMetrics
{
    private static readonly Meter Meter = new("Anju.Ingest");

    private static readonly Counter<long> Events = Meter.CreateCounter<long>(
        "anju.ingest.events", "{event}", "Events and batched commands taken in, by source (device, dwelling-batch) and outcome");

    public static void Count(string source, string outcome, int count)
    {
        if (count > 0)
        {
            Events.Add(count, new KeyValuePair<string, object?>("source", source), new KeyValuePair<string, object?>("outcome", outcome));
        }
    }
}
