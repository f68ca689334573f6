using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Anju.Silo.Api;

/// <summary>
/// How long a command waits for its acknowledgement (meter <c>Anju.Commands</c>): every write to the API (POST, PUT,
/// PATCH, DELETE under <c>/api</c>) from the request's arrival to its answer, which for a command comes only once the
/// change is durable. Tagged with the route template (bounded, unlike the path) and the outcome.
/// </summary>
public static class CommandMetrics
{
    private static readonly Meter Meter = new("Anju.Commands");

    private static readonly Histogram<double> Acknowledgement = Meter.CreateHistogram<double>(
        "anju.command.acknowledgement", "s", "From a write request's arrival to its answer, by route and outcome",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] });

    public static WebApplication UseCommandMetrics(this WebApplication app)
    {
        app.Use(async (http, next) =>
        {
            if (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method) || HttpMethods.IsOptions(http.Request.Method)
                || !http.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
            {
                await next(http);
                return;
            }

            var started = Stopwatch.GetTimestamp();
            try
            {
                await next(http);
            }
            finally
            {
                var route = (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "unmatched";
                Acknowledgement.Record(Stopwatch.GetElapsedTime(started).TotalSeconds,
                    new KeyValuePair<string, object?>("http.route", route), new KeyValuePair<string, object?>("outcome", Outcome(http.Response.StatusCode)));
            }
        });
        return app;
    }

    private static string Outcome(int status) => status switch
    {
        < 400 => "acknowledged",
        < 500 => "refused",
        _ => "failed",
    };
}
