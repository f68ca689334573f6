using System.Net;
using Anju.Silo.Facilities;
using Anju.Silo.Journal;
using Orleans.Configuration;

namespace Anju.Silo.Hosting;

/// <summary>The Orleans silo: clustering, grain state, the state journal and reminders all in PostgreSQL.</summary>
public static class OrleansSetup
{
    private const string Invariant = "Npgsql";

    public static WebApplicationBuilder AddAnjuSilo(this WebApplicationBuilder builder, string connectionString)
    {
        var orleans = builder.Configuration.GetSection("Orleans");
        connectionString = ProviderConnections.Tune(connectionString);
        builder.Services.AddAnjuGrainServices(builder.Configuration);
        builder.Services.AddPostgresStateJournal(connectionString);
        builder.Services.AddPostgresHouseholdNotices(connectionString);
        builder.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = orleans.GetValue("ClusterId", "anju-dev")!;
                o.ServiceId = orleans.GetValue("ServiceId", "anju")!;
            });
            var siloPort = orleans.GetValue("SiloPort", 11111);
            var gatewayPort = orleans.GetValue("GatewayPort", 30000);
            if (InKubernetes(builder.Configuration))
            {
                // The pod's IP (POD_IP) is the advertised address and the silo listens on every address of the pod;
                // the pod's name and namespace name the silo; a silo whose pod is gone is declared dead
                // (deploy/k8s, deploy/README.md).
                silo.Configure<EndpointOptions>(o =>
                {
                    o.SiloPort = siloPort;
                    o.GatewayPort = gatewayPort;
                });
                silo.UseKubernetesHosting();
            }
            else
            {
                silo.ConfigureEndpoints(IPAddress.Loopback, siloPort, gatewayPort, listenOnAnyHostAddress: false);
            }

            silo.UseAdoNetClustering(o =>
            {
                o.Invariant = Invariant;
                o.ConnectionString = connectionString;
            });
            silo.AddAdoNetGrainStorage(StorageNames.Main, o =>
            {
                o.Invariant = Invariant;
                o.ConnectionString = connectionString;
            });
            silo.UseAdoNetReminderService(o =>
            {
                o.Invariant = Invariant;
                o.ConnectionString = connectionString;
            });
        });
        return builder;
    }

    /// <summary>Kubernetes hosting is on when <c>Orleans:Kubernetes</c> says so, or, unset, when the process runs in a
    /// pod (Kubernetes sets <c>KUBERNETES_SERVICE_HOST</c> in every container).</summary>
    public static bool InKubernetes(IConfiguration configuration) =>
        configuration.GetValue<bool?>("Orleans:Kubernetes")
        ?? !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("KUBERNETES_SERVICE_HOST"));
}
