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

    [Fact]
    public void Membership_storage_and_reminders_pool_apart_and_the_silos_own_stores_keep_their_bounds()
    {
        const string configured = "Host=127.0.0.1;Port=55432;Database=anju;Username=anju";
        var membership = new NpgsqlConnectionStringBuilder(ProviderConnections.Tune(configured, ProviderConnections.MembershipPool, "anju-membership"));
        var storage = new NpgsqlConnectionStringBuilder(ProviderConnections.Tune(configured));
        Assert.Equal((4, "anju-membership"), (membership.MaxPoolSize, membership.ApplicationName));
        Assert.Equal((100, "anju-storage"), (storage.MaxPoolSize, storage.ApplicationName));
        Assert.NotEqual(membership.ConnectionString, storage.ConnectionString); // Npgsql pools per distinct string

        // The string the journal and the other stores get names no bound, so each applies its own.
        var shared = ProviderConnections.Shared(configured);
        Assert.Equal(16, new NpgsqlConnectionStringBuilder(Anju.Silo.Journal.PostgresStateJournal.Bounded(shared, 16)).MaxPoolSize);
        Assert.True(new NpgsqlConnectionStringBuilder(shared).NoResetOnClose);

        var named = new NpgsqlConnectionStringBuilder(ProviderConnections.Tune(configured + ";Maximum Pool Size=40;Application Name=ops", 4, "anju-membership"));
        Assert.Equal((40, "ops"), (named.MaxPoolSize, named.ApplicationName));
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
