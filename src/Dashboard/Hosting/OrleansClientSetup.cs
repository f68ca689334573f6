using Anju.Hosting;
using Orleans.Configuration;
using Orleans.Dashboard;

namespace Anju.Dashboard.Hosting;

/// <summary>The dashboard joins the cluster as an Orleans client, finding gateways through the
/// same PostgreSQL membership table the silos write; with Orleans' dashboard's client part unless
/// <c>Orleans:Dashboard:Enabled</c> is false (its pages are mapped by <see cref="Access.OrleansDashboardPages"/>).</summary>
public static class OrleansClientSetup
{
    public static WebApplicationBuilder AddAnjuOrleansClient(this WebApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.AnjuConnectionString();
        var orleans = builder.Configuration.GetSection("Orleans");
        _ = builder.Configuration.Duration("Orleans:ConnectRetryDelay", ConnectRetryFilter.DefaultDelay); // checked at start, not at the first retry
        var dashboard = OrleansDashboardSettings.Read(builder.Configuration);

        var before = builder.Services.Where(IsHostedService).ToList();
        var traced = TelemetryOptions.From(builder.Configuration).RecordsTraces;
        builder.UseOrleansClient(client =>
        {
            client
                .UseAdoNetClustering(o =>
                {
                    o.Invariant = "Npgsql";
                    o.ConnectionString = connectionString;
                })
                .Configure<ClusterOptions>(o =>
                {
                    o.ClusterId = orleans.GetValue("ClusterId", "anju-dev")!;
                    o.ServiceId = orleans.GetValue("ServiceId", "anju")!;
                })
                .UseConnectionRetryFilter<ConnectRetryFilter>()
                .AddClusterConnectionStatusObserver<Live.GatewayWatch>();
            if (dashboard.Enabled)
            {
                client.AddDashboard(dashboard.Apply);
            }

            if (traced)
            {
                // The live feed's pushes arrive with the trace of the change they carry (docs/observability.md).
                client.AddActivityPropagation();
            }
        });

        // Orleans' own hosted services are started by ClusterConnector, in the background.
        var client = builder.Services.Where(IsHostedService).Except(before).ToList();
        foreach (var descriptor in client)
        {
            builder.Services.Remove(descriptor);
        }

        builder.Services.AddSingleton(sp => new ClusterConnector(
            [.. client.Select(d => Resolve(sp, d))],
            sp.GetRequiredService<ILogger<ClusterConnector>>()));
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ClusterConnector>());
        return builder;
    }

    private static bool IsHostedService(ServiceDescriptor descriptor) => descriptor.ServiceType == typeof(IHostedService);

    private static IHostedService Resolve(IServiceProvider services, ServiceDescriptor descriptor) =>
        (IHostedService)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(services)
            ?? ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!));
}
