using Microsoft.AspNetCore.Http;

namespace Anju.Access;

/// <summary>Problem details for refusals, which say what kind of refusal and nothing about the object.</summary>
public static class Problems
{
    public static Task WriteAsync(HttpContext http, int status, string title, string detail)
    {
        http.Response.StatusCode = status;
        return http.Response.WriteAsJsonAsync(
            new { type = "about:blank", title, status, detail },
            options: null, contentType: "application/problem+json");
    }
}
