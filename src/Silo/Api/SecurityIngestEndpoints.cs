using Anju.Access;
using Anju.Errors;
using Anju.Silo.Access;
using System.Text.Json;
using Anju.Common;
using Anju.Hosting;
using Anju.Silo.Ingest;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Anju.Silo.Api;

/// <summary>Device ingest (heartbeats, check-ins, clock events) behind per-integration API keys, and the keys.</summary>
public static class SecurityIngestEndpoints
{
    /// <summary>The header that carries an integration's key.</summary>
    public const string KeyHeader = "X-Api-Key";

    public static IServiceCollection AddSecurityIngest(this IServiceCollection services, string connectionString)
    {
        services.AddOptions<DeviceLogOptions>().BindConfiguration("Ingest").Checked(o => o.Problem());
        return services.AddSingleton<ApiKeyStore>().AddSingleton<DeviceIngest>()
            .AddSingleton(sp => new DeviceEventLog(connectionString, sp.GetRequiredService<IOptions<DeviceLogOptions>>()))
            .AddHostedService<DeviceEventPurge>();
    }

    public static RouteGroupBuilder MapSecurityIngestEndpoints(this RouteGroupBuilder api)
    {
        var ingest = api.MapGroup("/ingest").WithTags("Ingest");
        ingest.MapPost("/events", IngestAsync)
            .AllowPublic($"devices authenticate with an integration key in {KeyHeader}, not as people")
            .RequireRateLimiting(SiloAccess.IngestLimit)
            .WithSummary($"A JSON array of device events, authenticated by the {KeyHeader} header; one result per event.");
        ingest.MapPost("/keys", async (ApiKeyRequest? body, ApiKeyStore keys, CancellationToken ct) =>
            {
                var created = await keys.CreateAsync(Validate.Text("name", body?.Name, 100), ct);
                return Results.Created($"/api/ingest/keys/{created.KeyId}", created);
            })
            .Allow(Permission.Administer, ScopeFrom.Anywhere)
            .WithSummary("Create an integration's API key; the key is shown only in this response.");
        ingest.MapGet("/keys", (ApiKeyStore keys, CancellationToken ct) => keys.ListAsync(ct)).Allow(Permission.Administer, ScopeFrom.Anywhere)
            .WithSummary("API keys, without secrets.");
        ingest.MapDelete("/keys/{keyId}", async (string keyId, ApiKeyStore keys, CancellationToken ct) =>
                await keys.RevokeAsync(keyId, ct) ? Results.NoContent() : throw new NotFoundException("api key", keyId))
            .Allow(Permission.Administer, ScopeFrom.Anywhere)
            .WithSummary("Revoke an API key: its next batch is refused with 401.");
        return api;
    }

    private static async Task<IResult> IngestAsync(HttpRequest request, ApiKeyStore keys, DeviceIngest ingest, IOptions<JsonOptions> json, CancellationToken ct)
    {
        if (await keys.AuthenticateAsync(request.Headers[KeyHeader].ToString(), ct) is not { } integration)
        {
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized.",
                detail: $"A valid, unrevoked API key is required in the {KeyHeader} header.");
        }

        var body = await JsonArrayBody.ReadAsync(request, json.Value.SerializerOptions, DeviceIngest.MaxBatch, "events", ct);
        var events = body.Select(e => Read(e, json.Value.SerializerOptions)).ToList();
        return Results.Ok(await ingest.ApplyAsync(integration, events));
    }

    /// <summary>One unreadable element becomes a rejected event, not a failed batch.</summary>
    private static (IngestEventRequest? Request, string? Error) Read(JsonElement element, JsonSerializerOptions options)
    {
        try
        {
            return element.ValueKind == JsonValueKind.Object ? (element.Deserialize<IngestEventRequest>(options), null) : (null, "the event is not an object");
        }
        catch (JsonException ex)
        {
            var id = element.TryGetProperty("id", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
            return (new IngestEventRequest(id, null, null, null, null), $"unreadable: {ex.Message}");
        }
    }
}
