using System.Text.Json.Serialization;
using Microsoft.AspNetCore.SignalR;

namespace Anju.Dashboard.Live;

/// <summary>The live hub at <c>/hubs/live</c>: SignalR with camelCase JSON and enum names (the browser screens) or
/// MessagePack (.NET screens and tools: property names as in .NET, enums as names), the scope check, snapshots, and
/// the per-host relay from the cluster's live feeds.</summary>
public static class LiveSetup
{
    public const string HubPath = "/hubs/live";

    public static WebApplicationBuilder AddLiveFeed(this WebApplicationBuilder builder)
    {
        builder.Services.AddSignalR(o => o.AddFilter<LiveHubErrors>())
            .AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()))
            .AddMessagePackProtocol();
        builder.Services.AddOptions<LiveRelayOptions>().BindConfiguration("LiveRelay");
        builder.Services.AddSingleton<IScopeAuthorizer, ScopeCheck>();
        builder.Services.AddSingleton<LiveSnapshots>();
        builder.Services.AddSingleton<EstateLayouts>();
        builder.Services.AddSingleton<LiveRelay>();
        builder.Services.AddSingleton<HubConnections>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<HubConnections>());
        builder.Services.AddHostedService(sp => sp.GetRequiredService<LiveRelay>());
        builder.Services.AddSingleton(TimeProvider.System);
        return builder;
    }

    public static WebApplication MapLiveHub(this WebApplication app)
    {
        app.MapHub<LiveHub>(HubPath);
        return app;
    }
}
