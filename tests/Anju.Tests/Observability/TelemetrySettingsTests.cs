using System.Diagnostics;
using Anju.Hosting;
using Microsoft.Extensions.Configuration;
using Serilog.Events;
using Serilog.Formatting.Display;
using Serilog.Parsing;

namespace Anju.Tests.Observability;

/// <summary>The telemetry and log-file settings as read at start, and the text log line (docs/observability.md).</summary>
public sealed class TelemetrySettingsTests
{
    private static IConfiguration Settings(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.ToDictionary(v => v.Key, v => (string?)v.Value)).Build();

    [Fact]
    public void Without_a_collector_nothing_is_exported_and_no_trace_is_recorded()
    {
        var options = TelemetryOptions.From(Settings());

        Assert.False(options.ExportsOtlp);
        Assert.False(options.RecordsTraces);
    }

    [Theory]
    [InlineData("Telemetry:Otlp:Endpoint", "http://127.0.0.1:4317")]
    [InlineData("OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:4318")]
    public void A_collector_named_in_the_settings_or_the_standard_variable_turns_export_and_traces_on(string key, string value)
    {
        var options = TelemetryOptions.From(Settings((key, value)));

        Assert.True(options.ExportsOtlp);
        Assert.True(options.RecordsTraces);
    }

    [Theory]
    [InlineData("Telemetry:Otlp:Endpoint", "ftp://collector", "Telemetry:Otlp:Endpoint")]
    [InlineData("Telemetry:Otlp:Protocol", "udp", "Telemetry:Otlp:Protocol")]
    [InlineData("Logging:File:RetainedFiles", "0", "Logging:File:RetainedFiles")]
    public void A_bad_setting_stops_the_host_naming_it(string key, string value, string named)
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
        {
            TelemetryOptions.From(Settings((key, value)));
            LogFileOptions.From(Settings((key, value)));
        });

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Log_files_are_off_unless_a_path_is_given()
    {
        Assert.Null(LogFileOptions.From(Settings()).Path);
        Assert.Null(LogFileOptions.From(Settings(("Logging:File:Path", " "))).Path);
        Assert.Equal("/var/log/anju/silo-.json", LogFileOptions.From(Settings(("Logging:File:Path", "/var/log/anju/silo-.json"))).Path);
    }

    [Fact]
    public void A_text_log_line_ends_with_the_trace_id_of_the_operation_it_was_written_in()
    {
        var trace = ActivityTraceId.CreateRandom();
        var logEvent = new LogEvent(DateTimeOffset.UtcNow, LogEventLevel.Information, null, new MessageTemplateParser().Parse("HTTP GET /health responded 200"),
            [], trace, ActivitySpanId.CreateRandom());
        using var line = new StringWriter();

        new MessageTemplateTextFormatter(SerilogSetup.TextTemplate).Format(logEvent, line);

        Assert.EndsWith($"responded 200 {trace}{Environment.NewLine}", line.ToString(), StringComparison.Ordinal);
    }
}
