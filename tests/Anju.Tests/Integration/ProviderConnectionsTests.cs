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
