namespace Anju.Dashboard.Hosting;

/// <summary>The dashboard listens on loopback unless told otherwise (<c>Urls</c>): a reverse
/// proxy with TLS and sign-in stands in front of it, never the open network.</summary>
public static class UrlSetup
{
    public const string DefaultUrls = "http://127.0.0.1:5000";

    public static WebApplicationBuilder UseLoopbackUrls(this WebApplicationBuilder builder)
    {
        builder.WebHost.UseUrls(builder.Configuration["Urls"] is { Length: > 0 } urls ? urls : DefaultUrls);
        return builder;
    }
}
