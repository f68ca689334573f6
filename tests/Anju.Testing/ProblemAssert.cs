using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Anju.Testing;

/// <summary>
/// Assertions on the API's problem details (<c>application/problem+json</c>): the status, and for a validation failure
/// (400) the field at fault, which the API names in <c>errors</c>.
/// </summary>
public static class ProblemAssert
{
    public const string MediaType = "application/problem+json";

    /// <summary>Asserts <paramref name="response"/> is problem details with <paramref name="status"/>; returns the body.</summary>
    public static async Task<JsonElement> StatusAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal(MediaType, response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Asserts a 400 whose errors name exactly one field, and returns that field's name.</summary>
    public static async Task<string> FieldAsync(HttpResponseMessage response)
    {
        var problem = await StatusAsync(response, HttpStatusCode.BadRequest);
        return Assert.Single(problem.GetProperty("errors").EnumerateObject()).Name;
    }

    /// <summary>Asserts a 400 whose errors name <paramref name="field"/> (perhaps among others); returns the body.</summary>
    public static async Task<JsonElement> NamesFieldAsync(HttpResponseMessage response, string field)
    {
        var problem = await StatusAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.TryGetProperty("errors", out var errors) && errors.TryGetProperty(field, out _), $"errors should name {field}: {problem}");
        return problem;
    }
}
