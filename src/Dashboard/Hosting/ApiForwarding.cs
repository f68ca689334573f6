using System.Net;
using Anju.Access;
using Anju.Dashboard.Screens;
using Yarp.ReverseProxy.Forwarder;

namespace Anju.Dashboard.Hosting;

/// <summary>
/// Screens act (acknowledge an alarm, dispatch an incident) through the silo's own HTTP API, so
/// every action meets the same validation and permissions as any other client. The dashboard
/// forwards <c>/api/**</c> (all but its own <c>/api/config</c>) to <see cref="DashboardOptions.Api"/>:
/// the browser talks to one origin and the silo needs no CORS.
/// </summary>
public static class ApiForwarding
{
    public static WebApplicationBuilder AddApiForwarding(this WebApplicationBuilder builder)
    {
        builder.Services.AddHttpForwarder();
        return builder;
    }

    public static WebApplication MapApiForwarding(this WebApplication app)
    {
        var api = app.Configuration.GetSection("Dashboard").Get<DashboardOptions>()?.Api ?? new DashboardOptions().Api;
        var client = new HttpMessageInvoker(new SocketsHttpHandler
        {
            UseProxy = false,
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
            UseCookies = false,
            ConnectTimeout = TimeSpan.FromSeconds(5),
        });
        app.MapForwarder("/api/{**rest}", api, ForwarderRequestConfig.Empty, new ForwardedFor(), client)
            .AllowPublic("forwarded to the silo, which authenticates, authorizes, checks anti-forgery and audits every call itself");
        return app;
    }
}

/// <summary>Tells the silo who is calling: the browser's address replaces any X-Forwarded-For the browser sent, so
/// the silo's rate limits and audit see the person's address and nobody can claim another's.</summary>
internal sealed class ForwardedFor : HttpTransformer
{
    public override async ValueTask TransformRequestAsync(HttpContext httpContext, HttpRequestMessage proxyRequest, string destinationPrefix, CancellationToken cancellationToken)
    {
        await base.TransformRequestAsync(httpContext, proxyRequest, destinationPrefix, cancellationToken);
        proxyRequest.Headers.Remove("X-Forwarded-For");
        if (httpContext.Connection.RemoteIpAddress is { } address)
        {
            proxyRequest.Headers.TryAddWithoutValidation("X-Forwarded-For", address.ToString());
        }
    }
}
