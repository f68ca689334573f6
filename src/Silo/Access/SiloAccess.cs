using System.Text.Json.Serialization.Metadata;
using System.Threading.RateLimiting;
using Anju.Hosting;
using Microsoft.AspNetCore.HttpOverrides;
using Anju.Access;
using Anju.Access.Audit;
using Anju.Access.Hosting;
using Microsoft.AspNetCore.Http.Json;

namespace Anju.Silo.Access;

/// <summary>Limits that keep one caller from starving the rest (section <c>Access:Limits</c>).</summary>
public sealed class AbuseLimits
{
    /// <summary>Sign-in, token and refresh attempts per client address per minute (lockout guards each account).</summary>
    public int SignInsPerMinute { get; set; } = 30;

    /// <summary>Device-ingest requests per integration key per second (each up to the ingest's batch size).</summary>
    public int IngestRequestsPerSecond { get; set; } = 200;

    /// <summary>Open311 requests created per key or address per minute.</summary>
    public int Open311PostsPerMinute { get; set; } = 60;

    /// <summary>The body a request may carry unless its endpoint says otherwise (bytes).</summary>
    public long MaxBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>What is wrong with these options, naming the setting; null when nothing is (checked at start).</summary>
    public string? Problem() => OptionsCheck.First(
        OptionsCheck.Between("Access:Limits:SignInsPerMinute", SignInsPerMinute, 1, 1_000_000),
        OptionsCheck.Between("Access:Limits:IngestRequestsPerSecond", IngestRequestsPerSecond, 1, 1_000_000),
        OptionsCheck.Between("Access:Limits:Open311PostsPerMinute", Open311PostsPerMinute, 1, 1_000_000),
        OptionsCheck.Between("Access:Limits:MaxBodyBytes", MaxBodyBytes, 1_024, 1L << 32));
}

/// <summary>The silo's half of access: sign-in and accounts, the scope gate, masking of personal data at
/// serialization, the audit log, rate limits, body limits and the write guard.</summary>
public static class SiloAccess
{
    public const string IngestLimit = "ingest";

    public const string Open311Limit = "open311";

    public static WebApplicationBuilder AddSiloAccess(this WebApplicationBuilder builder, string connectionString)
    {
        var services = builder.Services;
        services.AddAnjuAccess(builder.Configuration, connectionString);
        services.AddAnjuAudit();
        services.AddSingleton<SignInAudit>();
        services.AddScoped<AccountAdmin>();
        services.AddAntiforgery(o =>
        {
            o.HeaderName = WriteGuard.AntiforgeryHeader;
            o.Cookie.Name = "anju.xsrf";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.HttpOnly = true;
        });

        // Personal fields are masked as the answer is written, by the caller's view of the object.
        services.AddOptions<JsonOptions>().Configure<IHttpContextAccessor>((o, http) =>
            o.SerializerOptions.TypeInfoResolver = (o.SerializerOptions.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver())
                .WithAddedModifier(PersonalFields.Modifier(http)));

        var limits = builder.Configuration.GetSection("Access:Limits").Get<AbuseLimits>() ?? new AbuseLimits();
        services.AddOptions<AbuseLimits>().BindConfiguration("Access:Limits").Checked(o => o.Problem());
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = limits.MaxBodyBytes);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (context, ct) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "1";
                await Problems.WriteAsync(context.HttpContext, StatusCodes.Status429TooManyRequests, "Too many requests", "Slow down and retry shortly.");
            };
            o.AddPolicy(AuthEndpoints.SignInLimit, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.SignInsPerMinute, Window = TimeSpan.FromMinutes(1) }));
            o.AddPolicy(IngestLimit, http => RateLimitPartition.GetTokenBucketLimiter(
                http.Request.Headers["X-Api-Key"].ToString(),
                _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = limits.IngestRequestsPerSecond, TokensPerPeriod = limits.IngestRequestsPerSecond,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1), QueueLimit = limits.IngestRequestsPerSecond,
                }));
            o.AddPolicy(Open311Limit, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Request.Query["api_key"].ToString() is { Length: > 0 } key ? key : http.Connection.RemoteIpAddress?.ToString() ?? "",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.Open311PostsPerMinute, Window = TimeSpan.FromMinutes(1) }));
        });
        return builder;
    }

    /// <summary>Authentication, the session check, authorization, the scope gate, the write guard and rate limits.</summary>
    public static WebApplication UseSiloAccess(this WebApplication app)
    {
        // Screens reach the silo through a dashboard host on loopback: the caller's address (rate limits, the audit's
        // "from where") is the one that host forwards. Only loopback proxies are believed (the default).
        app.UseForwardedHeaders(new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto });
        app.UseAnjuAccess();
        app.UseMiddleware<WriteGuard>();
        app.UseRateLimiter();
        return app;
    }

    public static RouteGroupBuilder MapAccessEndpoints(this RouteGroupBuilder api) => api.MapAuthEndpoints().MapAdminEndpoints().MapAuditEndpoints();
}
