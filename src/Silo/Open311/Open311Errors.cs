using Anju.Errors;

namespace Anju.Silo.Open311;

/// <summary>Turns the typed domain errors into the spec's error body with the matching status (400, 404, 409).</summary>
public static class Open311Errors
{
    public static async ValueTask<object?> FilterAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (ValidationException ex)
        {
            return Error(StatusCodes.Status400BadRequest, ex.Field is { Length: > 0 } f && !ex.Message.Contains(f, StringComparison.Ordinal) ? $"{f}: {ex.Message}" : ex.Message);
        }
        catch (BadHttpRequestException ex)
        {
            return Error(StatusCodes.Status400BadRequest, ex.InnerException?.Message ?? ex.Message);
        }
        catch (NotFoundException ex)
        {
            return Error(StatusCodes.Status404NotFound, ex.Message);
        }
        catch (ConflictException ex)
        {
            return Error(StatusCodes.Status409Conflict, ex.Message);
        }
    }

    public static IResult Error(int status, string description) => Results.Json(new[] { new Open311Error(status, description) }, statusCode: status);
}
