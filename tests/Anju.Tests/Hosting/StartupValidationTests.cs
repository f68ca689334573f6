using System.Net.Sockets;
using Anju.Access.Hosting;
using Anju.Hosting;
using Anju.Silo.Access;
using Anju.Silo.Import;
using Anju.Silo.Open311;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Anju.Tests.Hosting;

/// <summary>The options registrations the silo makes, checked the way the host checks them at start, and the one line
/// each start-up failure becomes.</summary>
public sealed class StartupValidationTests
{
    [Fact]
    public void The_defaults_and_the_shipped_settings_pass()
    {
        Validate([]);
        Assert.All(new[] { new AccessOptions().Problem(), new CityIdentityOptions().Problem(), new ImportOptions().Problem(),
            new AbuseLimits().Problem(), new Open311Options().Problem() }, Assert.Null);
    }

    [Theory]
    [InlineData("Incidents:ReminderPeriod", "soon", "configuration: Incidents:ReminderPeriod: 'soon' is not a duration (hh:mm:ss, or d.hh:mm:ss)")]
    [InlineData("LiveFeed:MaxUpdatesPerSecond", "many", "configuration: LiveFeed:MaxUpdatesPerSecond: 'many' is not a number (use a dot for decimals)")]
    [InlineData("Journal:MaxBatch", "1e3", "configuration: Journal:MaxBatch: '1e3' is not a whole number")]
    [InlineData("Casework:ChaseFrom", "Never", "configuration: Casework:ChaseFrom: 'Never' is not one of Clear, Owing, Chasing, Serious")]
    [InlineData("Security:TickInterval", "00:00:00", "configuration: Security:TickInterval must be a duration above 0 (hh:mm:ss), not 00:00:00.")]
    [InlineData("Journal:MaxConnections", "0", "configuration: Journal:MaxConnections must be between 1 and 1000, not 0.")]
    [InlineData("Residency:Households:MaxSize", "0", "configuration: Residency:Households:MaxSize must be between 1 and 1000, not 0.")]
    [InlineData("Alarms:RiseAfter:0", "-00:10:00", "configuration: Alarms:RiseAfter:0 must be a duration above 0 (hh:mm:ss), not -00:10:00.")]
    [InlineData("Facilities:Schedules:Lift", "00:00:00", "configuration: Facilities:Schedules:Lift must be a duration above 0 (hh:mm:ss), not 00:00:00.")]
    [InlineData("Health:SatisfactionTarget", "9", "configuration: Health:SatisfactionTarget must be between 1 and 5, not 9.")]
    [InlineData("Dwellings:HistoryKept", "0", "configuration: Dwellings:HistoryKept must be at least 1.")]
    [InlineData("Fees:RunConcurrency", "0", "configuration: Fees:RunConcurrency must be between 1 and 256.")]
    public void A_bad_value_stops_the_start_naming_the_setting(string setting, string value, string line)
    {
        var refused = Assert.ThrowsAny<Exception>(() => Validate(new() { [setting] = value }));

        var failure = StartupFailure.Explain(refused);

        Assert.NotNull(failure);
        Assert.Equal((StartupFailure.Configuration, line), (failure.ExitCode, failure.Message));
    }

    [Fact]
    public void Two_bad_sections_are_both_named_on_one_line()
    {
        var refused = Assert.ThrowsAny<Exception>(() => Validate(new() { ["Grids:ReassessEvery"] = "00:00:00", ["Zones:MinimumEstateArea"] = "0" }));

        var message = StartupFailure.Explain(refused)?.Message;

        Assert.NotNull(message);
        Assert.Contains("Grids:ReassessEvery", message, StringComparison.Ordinal);
        Assert.Contains("Zones:MinimumEstateArea", message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', message);
    }

    [Fact]
    public void Connection_strings_and_ports_are_checked_as_read()
    {
        Assert.Equal("ConnectionStrings:Anju", Assert.Throws<InvalidSettingException>(() => Settings(new() { ["ConnectionStrings:Anju"] = "" }).NpgsqlConnectionString("Anju")).Setting);
        Assert.Contains("is not a PostgreSQL connection string", Assert.Throws<InvalidSettingException>(() => Settings(new() { ["ConnectionStrings:Anju"] = "garbage" }).NpgsqlConnectionString("Anju")).Message, StringComparison.Ordinal);
        Assert.Equal("fallback", Settings([]).NpgsqlConnectionString("AnjuMigrations", "fallback"));
        Assert.Equal("Orleans:SiloPort", Assert.Throws<InvalidSettingException>(() => Settings(new() { ["Orleans:SiloPort"] = "0" }).Port("Orleans:SiloPort", 11111)).Setting);
        Assert.Equal(11111, Settings([]).Port("Orleans:SiloPort", 11111));
    }

    [Fact]
    public void A_port_in_use_and_an_unreachable_database_have_their_own_codes()
    {
        var bind = new IOException("Failed to bind to address http://127.0.0.1:5080: address already in use.", new SocketException((int)SocketError.AddressAlreadyInUse));
        var database = new NpgsqlException("Failed to connect to 127.0.0.1:1", new SocketException((int)SocketError.ConnectionRefused));

        Assert.Equal(new StartupFailure.Failure(StartupFailure.CannotListen,
            "cannot listen on http://127.0.0.1:5080: the port is in use (setting: urls / ASPNETCORE_URLS)"), StartupFailure.Explain(bind));
        Assert.Equal(StartupFailure.DatabaseUnreachable, StartupFailure.Explain(database)?.ExitCode);
        Assert.StartsWith("cannot reach the database: Failed to connect to 127.0.0.1:1 (setting: ConnectionStrings:Anju", StartupFailure.Explain(database)?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Any_other_failure_keeps_its_stack_trace()
    {
        Assert.Null(StartupFailure.Explain(new InvalidOperationException("Something else went wrong.")));
        Assert.Null(StartupFailure.Explain(new IOException("Disk full.")));
    }

    private static IConfiguration Settings(Dictionary<string, string?> values) => new ConfigurationBuilder().AddInMemoryCollection(values).Build();

    /// <summary>What the host does at start: every options class marked ValidateOnStart is bound and checked.</summary>
    private static void Validate(Dictionary<string, string?> values)
    {
        using var services = new ServiceCollection().AddAnjuGrainServices(Settings(values)).BuildServiceProvider();
        services.GetRequiredService<IStartupValidator>().Validate();
    }
}
