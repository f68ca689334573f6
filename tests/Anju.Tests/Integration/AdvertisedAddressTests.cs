using Anju.Hosting;
using Anju.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;

namespace Anju.Tests.Integration;

/// <summary>A silo on a machine of its own advertises (and listens on) the address the others dial:
/// <c>Orleans:AdvertisedIPAddress</c>, loopback when unset.</summary>
[Collection(PostgresCollection.Name)]
public class AdvertisedAddressTests(PostgresFixture db)
{
    [Fact]
    public async Task The_membership_table_holds_the_address_the_silo_was_told_to_advertise()
    {
        var cluster = $"aa-{Guid.NewGuid():N}"[..16];
        // Any 127.x address is this machine's own: a second address without touching the network.
        await using var silo = await RunningSilo.StartAsync(db.ConnectionString, cluster, b => b.Configuration.AddInMemoryCollection(
            new Dictionary<string, string?> { ["Orleans:AdvertisedIPAddress"] = "127.0.0.2" }));

        Assert.Equal("127.0.0.2", await db.ScalarAsync<string>(
            $"SELECT string_agg(DISTINCT address, ',') FROM orleansmembershiptable WHERE deploymentid = '{cluster}' AND status = 3"));
    }

    [Theory]
    [InlineData("ten.0.0.5")]
    [InlineData("0.0.0.0")]
    public void An_address_nobody_can_dial_is_refused_naming_the_setting(string value)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Orleans:AdvertisedIPAddress"] = value }).Build();
        var refused = Assert.Throws<InvalidSettingException>(() => configuration.Address("Orleans:AdvertisedIPAddress", System.Net.IPAddress.Loopback));
        Assert.Equal("Orleans:AdvertisedIPAddress", refused.Setting);
    }

    [Fact]
    public void Unset_it_is_loopback()
    {
        Assert.Equal(System.Net.IPAddress.Loopback, new ConfigurationBuilder().Build().Address("Orleans:AdvertisedIPAddress", System.Net.IPAddress.Loopback));
    }
}
