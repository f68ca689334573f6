using System.Collections;
using System.Diagnostics;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace Anju.Dashboard.Tests.Infrastructure;

/// <summary>
/// Every activity that ends in this test process while it is open, from the hosts' sources (ASP.NET Core, Orleans' grain
/// calls, Anju's own), through OpenTelemetry's in-memory exporter. The hosts run in this process, so their spans land
/// here whatever their own exporters; a test picks its own by trace id.
/// </summary>
public sealed class CollectedActivities : IDisposable
{
    private readonly Locked _activities = new();
    private readonly TracerProvider _tracer;

    public CollectedActivities() =>
        _tracer = Sdk.CreateTracerProviderBuilder()
            .AddSource("Microsoft.AspNetCore", "Microsoft.Orleans.Runtime", "Microsoft.Orleans.Application", "Anju.*")
            .AddInMemoryExporter(_activities)
            .Build()!;

    /// <summary>The activities of one trace ended so far.</summary>
    public IReadOnlyList<Activity> Of(ActivityTraceId trace) => _activities.Where(a => a.TraceId == trace);

    public void Dispose() => _tracer.Dispose();

    /// <summary>The exporter adds from whichever thread ends an activity; the test reads meanwhile.</summary>
    private sealed class Locked : ICollection<Activity>
    {
        private readonly List<Activity> _items = [];

        public int Count
        {
            get
            {
                lock (_items)
                {
                    return _items.Count;
                }
            }
        }

        public bool IsReadOnly => false;

        public IReadOnlyList<Activity> Where(Func<Activity, bool> match)
        {
            lock (_items)
            {
                return [.. _items.Where(match)];
            }
        }

        public void Add(Activity item)
        {
            lock (_items)
            {
                _items.Add(item);
            }
        }

        public void Clear()
        {
            lock (_items)
            {
                _items.Clear();
            }
        }

        public bool Contains(Activity item) => Where(a => a == item).Count > 0;

        public void CopyTo(Activity[] array, int arrayIndex) => Where(_ => true).ToArray().CopyTo(array, arrayIndex);

        public bool Remove(Activity item)
        {
            lock (_items)
            {
                return _items.Remove(item);
            }
        }

        public IEnumerator<Activity> GetEnumerator() => Where(_ => true).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
