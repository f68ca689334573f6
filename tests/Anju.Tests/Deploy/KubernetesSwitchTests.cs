using System.Globalization;
using Anju.Silo.Hosting;
using Microsoft.Extensions.Configuration;

namespace Anju.Tests.Deploy;

/// <summary>The silo turns Orleans' Kubernetes hosting on only when told to (<c>Orleans:Kubernetes</c>): everywhere else,
/// a CI runner in a pod included, it keeps listening and advertising on loopback.</summary>
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

    /// <summary>Switched on, the silo is named after its pod and advertises the pod's IP (what the other silos and the
    /// dashboard hosts will dial). Outside a pod it then stops, as it must: Kubernetes hosting finds no API server.</summary>
    [Fact]
    public async Task Switched_on_the_silo_takes_its_pod_name_and_advertises_the_pod_IP()
    {
        var env = new Dictionary<string, string>
        {
            ["Urls"] = $"http://127.0.0.1:{FreePort.Next()}",
            // Nothing listens there: the silo stops before it would connect.
            ["ConnectionStrings__Anju"] = "Host=127.0.0.1;Port=1;Database=anju;Username=anju",
            ["Database__Migrate"] = "false",
            ["Orleans__Kubernetes"] = "true",
            ["Orleans__SiloPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture),
            ["Orleans__GatewayPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture),
            ["POD_NAME"] = "anju-silo-test",
            ["POD_NAMESPACE"] = "anju",
            ["POD_IP"] = "10.9.8.7",
            // Not inside a pod, even when the test runner is.
            ["KUBERNETES_SERVICE_HOST"] = "",
        };

        var run = await HostRun.RunAsync("Anju.Silo.dll", [], env);
        var output = run.Output;
        Assert.True(run.ExitCode != 0, $"the silo started outside a pod:\n{output}");
        Assert.Contains("Starting silo anju-silo-test", output, StringComparison.Ordinal);
        Assert.Contains("at 10.9.8.7:" + env["Orleans__SiloPort"], output, StringComparison.Ordinal);
    }

    [Fact]
    public void Unset_it_is_off_even_inside_a_pod()
    {
        Assert.False(OrleansSetup.InKubernetes(new ConfigurationBuilder().Build()));
    }
}
