using Microsoft.AspNetCore.Http;

namespace Anju.Access;

/// <summary>Problem details for refusals, which say what kind of refusal and nothing about the object.</summary>
public static class Problems
{
    /// <summary>Writes the problem; <paramref name="reason"/> is a stable word a client may branch on (never text to match).</summary>
    public static Task WriteAsync(HttpContext http, int status, string title, string detail, string? reason = null)
    {
        http.Response.StatusCode = status;
        return reason is null
            ? http.Response.WriteAsJsonAsync(new { type = "about:blank", title, status, detail }, options: null, contentType: "application/problem+json")
            : http.Response.WriteAsJsonAsync(new { type = "about:blank", title, status, detail, reason }, options: null, contentType: "application/problem+json");
    }
}
