using Anju.Silo.Hosting;
using Npgsql;

namespace Anju.Tests.Integration;

public sealed class ProviderConnectionsTests
{
    [Fact]
    public void Provider_connections_skip_the_reset_and_prepare_their_statements()
    {
        var tuned = new NpgsqlConnectionStringBuilder(ProviderConnections.Tune("Host=127.0.0.1;Port=55432;Database=anju;Username=anju"));
        Assert.True(tuned.NoResetOnClose);
        Assert.Equal(20, tuned.MaxAutoPrepare);
        Assert.Equal((55432, "anju"), (tuned.Port, tuned.Database));
    }

    [Fact]
    public void Settings_named_in_the_configured_string_win()
    {
        var tuned = new NpgsqlConnectionStringBuilder(ProviderConnections.Tune("Host=127.0.0.1;No Reset On Close=false;Max Auto Prepare=0"));
        Assert.False(tuned.NoResetOnClose);
        Assert.Equal(0, tuned.MaxAutoPrepare);
    }
}

public sealed class JournalConnectionsTests
{
    [Fact]
    public void The_journal_pools_a_few_connections_unless_the_configured_string_says_otherwise()
    {
        var bounded = new NpgsqlConnectionStringBuilder(Anju.Silo.Journal.PostgresStateJournal.Bounded("Host=127.0.0.1;Port=55432;Database=anju", 16));
        Assert.Equal(16, bounded.MaxPoolSize);
        Assert.Equal((55432, "anju"), (bounded.Port, bounded.Database));

        var own = new NpgsqlConnectionStringBuilder(Anju.Silo.Journal.PostgresStateJournal.Bounded("Host=127.0.0.1;Maximum Pool Size=40", 16));
        Assert.Equal(40, own.MaxPoolSize);
    }
}
