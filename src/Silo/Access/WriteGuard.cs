using Anju.Access;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Net.Http.Headers;

namespace Anju.Silo.Access;

/// <summary>
/// Changes come as JSON (or as the CSV of the import, or Open311's form), and a change made with the session cookie
/// carries the anti-forgery token the screen read from <c>/api/auth/antiforgery</c>: a page on another site can make
/// a browser post a form, but not a JSON body, and cannot read the token. Programs with bearer tokens need neither.
/// </summary>
public sealed class WriteGuard(RequestDelegate next, IAntiforgery antiforgery)
{
    public const string AntiforgeryHeader = "X-XSRF-TOKEN";

    public async Task InvokeAsync(HttpContext http)
    {
        var request = http.Request;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method)
            || !request.Path.StartsWithSegments("/api"))
        {
            await next(http);
            return;
        }

        if (HasBody(request) && !IsJson(request.ContentType) && !request.Path.StartsWithSegments("/api/import"))
        {
            await Problems.WriteAsync(http, StatusCodes.Status415UnsupportedMediaType, "Unsupported media type",
                "Changes are sent as JSON (Content-Type: application/json).");
            return;
        }

        if (http.User.Identity?.IsAuthenticated == true && !request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                await antiforgery.ValidateRequestAsync(http);
            }
            catch (AntiforgeryValidationException)
            {
                await Problems.WriteAsync(http, StatusCodes.Status400BadRequest, "Anti-forgery token missing or invalid",
                    $"A change made with the session cookie carries the {AntiforgeryHeader} header from GET /api/auth/antiforgery.", reason: "antiforgery");
                return;
            }
        }

        await next(http);
    }

    private static bool HasBody(HttpRequest request) => request.ContentLength > 0 || request.Headers.TransferEncoding.Count > 0;

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var type)
        && (type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || type.MediaType.Value?.EndsWith("+json", StringComparison.OrdinalIgnoreCase) == true);
}
