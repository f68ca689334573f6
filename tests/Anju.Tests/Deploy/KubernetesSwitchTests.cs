using Anju.Silo.Hosting;
using Microsoft.Extensions.Configuration;

namespace Anju.Tests.Deploy;

/// <summary>The silo turns Orleans' Kubernetes hosting on only when told to or inside a pod: everywhere else it keeps
/// listening and advertising on loopback.</summary>
public class KubernetesSwitchTests
{
    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    public void The_setting_decides_when_it_is_set(string value, bool expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Orleans:Kubernetes"] = value }).Build();
        Assert.Equal(expected, OrleansSetup.InKubernetes(configuration));
    }

    [Fact]
    public void Unset_it_follows_the_pod_environment()
    {
        var configuration = new ConfigurationBuilder().Build();
        var inPod = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("KUBERNETES_SERVICE_HOST"));
        Assert.Equal(inPod, OrleansSetup.InKubernetes(configuration));
    }
}
