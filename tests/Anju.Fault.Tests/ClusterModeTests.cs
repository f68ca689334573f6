using System.Net;
using System.Text.Json;
using Anju.Fault.Tests.Harness;
using Npgsql;

namespace Anju.Fault.Tests;

/// <summary>The local multi-node mode as an operator runs it (<c>deploy/cluster.sh</c>): three silos and two dashboard
/// hosts form one cluster over one PostgreSQL (the membership table lists the three silos active), a grain answers
/// through each dashboard host (the city's figures through its forwarding to a silo, Orleans' dashboard counters through
/// its own Orleans client), and <c>stop</c> leaves no process and no listening port behind.</summary>
[Collection(FaultCollection.Name)]
public class ClusterModeTests(ITestOutputHelper output)
{
    private const int Silos = 3;
    private const int Dashboards = 2;

    /// <summary>The whole start: the schema, then five hosts one after another, each bounded by the script.</summary>
    private static readonly TimeSpan Start = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Three_silos_and_two_dashboard_hosts_form_one_cluster_and_stop_leaves_nothing_running()
    {
        await using var db = await PrivatePostgres.StartAsync();
        using var cluster = ClusterScript.For(db.Port);
        var stopped = false;
        try
        {
            var (started, startOutput) = await cluster.RunAsync(Start, "start", "--silos", $"{Silos}", "--dashboards", $"{Dashboards}");
            output.WriteLine(startOutput);
            Assert.True(started == 0, $"cluster.sh start exited {started}:\n{startOutput}\n{cluster.LogTails()}");

            await AssertMembershipAsync(db.ConnectionString, cluster);
            await TestAccounts.EnsureAsync(db.ConnectionString, TestAccounts.Operator, TestAccounts.OperatorGrants);
            await TestAccounts.EnsureAsync(db.ConnectionString, TestAccounts.Admin, TestAccounts.AdminGrants);
            for (var j = 1; j <= Dashboards; j++)
            {
                await AssertGrainsAnswerThroughAsync(cluster.Dashboard(j));
            }

            var (_, status) = await cluster.RunAsync(TimeSpan.FromMinutes(1), "status");
            output.WriteLine(status);
            Assert.Equal(Silos + Dashboards, status.Split('\n').Count(l => l.Contains(" running ", StringComparison.Ordinal)));

            var pids = cluster.Pids();
            Assert.Equal(Silos + Dashboards, pids.Count);
            var (stoppedCode, stopOutput) = await cluster.RunAsync(TimeSpan.FromMinutes(3), "stop");
            stopped = true;
            output.WriteLine(stopOutput);
            Assert.Equal(0, stoppedCode);
            Assert.Empty(pids.Where(p => ClusterScript.IsRunning(p.Value)).Select(p => p.Key));
            await Wait.UntilAsync(() => cluster.Ports(Silos, Dashboards).All(ClusterScript.IsFree), TimeSpan.FromSeconds(30),
                "every port of the cluster to be free after stop");
            Assert.Empty(cluster.Pids());
        }
        catch when (!stopped)
        {
            output.WriteLine(cluster.LogTails());
            throw;
        }
        finally
        {
            if (!stopped)
            {
                await cluster.RunAsync(TimeSpan.FromMinutes(3), "stop");
            }
        }
    }

    /// <summary>Orleans' membership table (status 3 = Active) lists exactly the script's three silos, by their ports.</summary>
    private static async Task AssertMembershipAsync(string connectionString, ClusterScript cluster)
    {
        var expected = Enumerable.Range(1, Silos).Select(k => cluster.SiloBase + k).ToList();
        var active = new List<int>();
        await Wait.UntilAsync(async () =>
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var query = new NpgsqlCommand(
                "SELECT port FROM orleansmembershiptable WHERE deploymentid = 'anju-local' AND status = 3 ORDER BY port", connection);
            await using var rows = await query.ExecuteReaderAsync();
            active.Clear();
            while (await rows.ReadAsync())
            {
                active.Add(rows.GetInt32(0));
            }

            return active.SequenceEqual(expected);
        }, Settle, () => $"the membership table to list silos on ports {string.Join(", ", expected)} active (it lists {string.Join(", ", active)})");
    }

    /// <summary>Through one dashboard host: the city grain's figures (forwarded to its silo) and Orleans' dashboard
    /// counters from the silos' dashboard grain (asked through the host's own Orleans client) naming all three silos.</summary>
    private static async Task AssertGrainsAnswerThroughAsync(Uri dashboard)
    {
        using var reader = await TestAccounts.ClientAsync(dashboard, TestAccounts.Operator);
        using var city = await reader.GetAsync("api/city");
        Assert.True(city.StatusCode == HttpStatusCode.OK, $"{dashboard}api/city answered {(int)city.StatusCode}");
        Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(await city.Content.ReadAsStringAsync()).RootElement.ValueKind);

        using var admin = await TestAccounts.ClientAsync(dashboard, TestAccounts.Admin);
        var hosts = -1;
        await Wait.UntilAsync(async () =>
        {
            using var answer = await admin.GetAsync("orleans/DashboardCounters");
            if (answer.StatusCode != HttpStatusCode.OK)
            {
                return false;
            }

            hosts = JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement.GetProperty("totalActiveHostCount").GetInt32();
            return hosts == Silos;
        }, Settle, () => $"{dashboard}orleans/DashboardCounters to count {Silos} active silos (last: {hosts})");

        using var ready = await reader.GetAsync("health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }
}
