using System.Net;
using Anju.Hosting;
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
        var traced = TelemetryOptions.From(builder.Configuration).RecordsTraces;
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
            silo.ConfigureEndpoints(
                IPAddress.Loopback,
                orleans.GetValue("SiloPort", 11111),
                orleans.GetValue("GatewayPort", 30000),
                listenOnAnyHostAddress: false);
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
            if (traced)
            {
                // A command's trace goes on through every grain it reaches (docs/observability.md).
                silo.AddActivityPropagation();
            }
        });
        return builder;
    }
}
