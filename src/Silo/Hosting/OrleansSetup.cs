using System.Net;
using Anju.Hosting;
using Anju.Silo.Facilities;
using Anju.Silo.Journal;
using Orleans.Configuration;
using Orleans.Hosting.Kubernetes;
using Orleans.Dashboard;

namespace Anju.Silo.Hosting;

/// <summary>The Orleans silo: clustering, grain state, the state journal and reminders all in PostgreSQL; Orleans'
/// dashboard statistics unless <c>Orleans:Dashboard:Enabled</c> is false.</summary>
public static class OrleansSetup
{
    private const string Invariant = "Npgsql";

    public static WebApplicationBuilder AddAnjuSilo(this WebApplicationBuilder builder, string connectionString)
    {
        var orleans = builder.Configuration.GetSection("Orleans");
        var providers = connectionString;
        // The silo's own stores each bound their pool (ConnectionPools); the string they get names no bound.
        connectionString = ProviderConnections.Shared(connectionString);
        var dashboard = OrleansDashboardSettings.Read(builder.Configuration);
        var traced = TelemetryOptions.From(builder.Configuration).RecordsTraces;
        builder.Services.AddAnjuGrainServices(builder.Configuration);
        builder.Services.AddPostgresStateJournal(connectionString);
        builder.Services.AddPostgresHouseholdNotices(connectionString);
        builder.UseOrleans(silo =>
        {
            if (InKubernetes(builder.Configuration))
            {
                // Named after its pod (POD_NAME), ids from ORLEANS_SERVICE_ID/ORLEANS_CLUSTER_ID, a silo whose pod is
                // gone declared dead (deploy/k8s, deploy/README.md). The pod's IP is advertised instead of loopback and
                // the silo listens on every address of the pod (Kubernetes hosting fills the listening endpoints).
                silo.UseKubernetesHosting();
                silo.Services.PostConfigure<EndpointOptions>(o => o.AdvertisedIPAddress = PodAddress());
                // The pod's ids win over the Orleans section, as Kubernetes hosting means them to (it configures them
                // before the section below does).
                silo.Services.PostConfigure<ClusterOptions>(o =>
                {
                    o.ServiceId = Env(KubernetesHostingOptions.ServiceIdEnvironmentVariable) ?? o.ServiceId;
                    o.ClusterId = Env(KubernetesHostingOptions.ClusterIdEnvironmentVariable) ?? o.ClusterId;
                });
            }

            silo.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = orleans.GetValue("ClusterId", "anju-dev")!;
                o.ServiceId = orleans.GetValue("ServiceId", "anju")!;
            });
            // Loopback unless told otherwise: silos on several machines (systemd, not Kubernetes) each advertise, and
            // listen on, the address the others and the dashboard hosts dial.
            silo.ConfigureEndpoints(
                builder.Configuration.Address("Orleans:AdvertisedIPAddress", IPAddress.Loopback),
                builder.Configuration.Port("Orleans:SiloPort", 11111),
                builder.Configuration.Port("Orleans:GatewayPort", 30000),
                listenOnAnyHostAddress: false);
            silo.UseAdoNetClustering(o =>
            {
                o.Invariant = Invariant;
                o.ConnectionString = ProviderConnections.Tune(providers, ProviderConnections.MembershipPool, "anju-membership");
            });
            silo.AddAdoNetGrainStorage(StorageNames.Main, o =>
            {
                o.Invariant = Invariant;
                o.ConnectionString = ProviderConnections.Tune(providers);
            });
            silo.UseAdoNetReminderService(o =>
            {
                o.Invariant = Invariant;
                o.ConnectionString = ProviderConnections.Tune(providers, ProviderConnections.RemindersPool, "anju-reminders");
            });
            if (dashboard.Enabled)
            {
                silo.AddDashboard(dashboard.Apply);
            }

            if (traced)
            {
                // A command's trace goes on through every grain it reaches (docs/observability.md).
                silo.AddActivityPropagation();
            }
        });
        return builder;
    }

    /// <summary>Kubernetes hosting is on only when <c>Orleans:Kubernetes</c> is true (deploy/k8s/silo.yaml sets it). Not
    /// guessed from <c>KUBERNETES_SERVICE_HOST</c>: a CI runner or a development container in a pod has it too, and its
    /// silos would then look for a pod of their own and advertise an address nobody else uses.</summary>
    public static bool InKubernetes(IConfiguration configuration) => configuration.GetValue("Orleans:Kubernetes", false);

    private static string? Env(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : null;

    /// <summary>The pod's IP (<c>POD_IP</c>, from <c>status.podIP</c>), else the first IPv4 address the pod's host
    /// name resolves to.</summary>
    private static IPAddress PodAddress()
    {
        if (Env(KubernetesHostingOptions.PodIPEnvironmentVariable) is { } podIp)
        {
            return IPAddress.TryParse(podIp, out var parsed)
                ? parsed
                : throw new InvalidOperationException($"POD_IP is not an IP address: '{podIp}'.");
        }

        return Dns.GetHostAddresses(Dns.GetHostName()).FirstOrDefault(a => a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork && !IPAddress.IsLoopback(a))
            ?? throw new InvalidOperationException("POD_IP is not set and the host name resolves to no IPv4 address: pass status.podIP as POD_IP (deploy/k8s/silo.yaml).");
    }
}
