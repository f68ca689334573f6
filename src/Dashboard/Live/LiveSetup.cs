using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Anju.Access;
using Anju.Hosting;
using Microsoft.AspNetCore.SignalR;

namespace Anju.Dashboard.Live;

/// <summary>The live hub at <c>/hubs/live</c>: SignalR with camelCase JSON and enum names (the browser screens) or
/// MessagePack (.NET screens and tools: property names as in .NET, enums as names), the scope check, snapshots, and
/// the per-host relay from the cluster's live feeds. Only a signed-in person with a full session who may read
/// figures connects; each subscription is then checked against their grants.</summary>
public static class LiveSetup
{
    public const string HubPath = "/hubs/live";

    public static WebApplicationBuilder AddLiveFeed(this WebApplicationBuilder builder)
    {
        builder.Services.AddSignalR(o => o.AddFilter<LiveHubErrors>())
            .AddJsonProtocol(o =>
            {
                o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter());
                // Wall screens never show personal data: should a payload ever carry a personal field, it leaves masked
                // (LivePayloadTests shows none does today, which is what keeps the MessagePack protocol safe as well).
                o.PayloadSerializerOptions.TypeInfoResolver = (o.PayloadSerializerOptions.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver())
                    .WithAddedModifier(PersonalFields.Modifier(() => PersonalView.None));
            })
            .AddMessagePackProtocol(o => o.SerializerOptions = LiveUpdateFormatter.Options);
        builder.Services.AddOptions<LiveRelayOptions>().BindConfiguration("LiveRelay").Checked(o => o.Problem());
        builder.Services.AddSingleton<QueuePlaces>();
        builder.Services.AddSingleton<IScopeAuthorizer, ScopeCheck>();
        builder.Services.AddSingleton<LiveSnapshots>();
        builder.Services.AddSingleton<EstateLayouts>();
        builder.Services.AddSingleton<LiveRelay>();
        builder.Services.AddSingleton<HubConnections>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<HubConnections>());
        builder.Services.AddHostedService(sp => sp.GetRequiredService<LiveRelay>());
        builder.Services.AddHostedService<SessionSweep>();
        builder.Services.AddSingleton(TimeProvider.System);
        return builder;
    }

    public static WebApplication MapLiveHub(this WebApplication app)
    {
        app.MapHub<LiveHub>(HubPath).RequireAuthorization(Policies.Of(Permission.ReadFigures));
        return app;
    }
}
