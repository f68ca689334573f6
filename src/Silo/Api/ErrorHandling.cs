using Anju.Errors;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Npgsql;

namespace Anju.Silo.Api;

/// <summary>Typed domain errors become problem details: 400 naming the field, 404, 409; a failure that a retry may
/// well not meet (the database or the cluster briefly unavailable) is a 503 with <c>Retry-After</c>.</summary>
public sealed class DomainExceptionHandler(IProblemDetailsService problems, ILogger<DomainExceptionHandler> log) : IExceptionHandler
{
    /// <summary>What a client is told to wait before retrying a 503. A retry with the same <c>Idempotency-Key</c> is safe:
    /// if the change did commit after all, the dwelling answers with it instead of applying it twice.</summary>
    public const int RetryAfterSeconds = 1;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = ProblemFor(exception);
        if (problem is null)
        {
            log.LogError(exception, "Unhandled error on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
            return false;
        }

        if (problem.Status == StatusCodes.Status503ServiceUnavailable)
        {
            // One line, no stack trace: during a database outage every request lands here, and the cause is the same.
            log.LogWarning("Transient failure on {Method} {Path}; answered 503: {Cause}", httpContext.Request.Method,
                httpContext.Request.Path, exception.GetBaseException().Message);
            httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    /// <summary>The problem details an exception is answered with; null for a bug (a 500, logged as an error).</summary>
    public static ProblemDetails? ProblemFor(Exception exception) =>
        exception switch
        {
            ValidationException v => new ValidationProblemDetails(new Dictionary<string, string[]> { [v.Field] = [v.Message] })
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "The request is invalid.",
                Detail = v.Message,
            },
            BadHttpRequestException b => new ProblemDetails
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "The request could not be read.",
                Detail = b.InnerException?.Message ?? b.Message,
            },
            NotFoundException n => new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = "Not found.", Detail = n.Message },
            ConflictException c => new ProblemDetails { Status = StatusCodes.Status409Conflict, Title = "Conflict.", Detail = c.Message },
            Anju.Access.ForbiddenException f => new ProblemDetails { Status = StatusCodes.Status403Forbidden, Title = "Forbidden.", Detail = f.Message },
            _ when IsTransient(exception) => new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "Temporarily unavailable; retry shortly.",
                Detail = "The change may or may not have been stored: retry it; a command sent with an Idempotency-Key is never applied twice.",
            },
            _ => null,
        };

    /// <summary>Failures of the moment rather than of the request: the database refusing or losing a statement
    /// (Npgsql's own judgement: connection errors, timeouts, deadlocks, serialization failures, too many
    /// connections), an Orleans call that timed out or found its silo gone.</summary>
    private static bool IsTransient(Exception exception) =>
        exception switch
        {
            NpgsqlException { IsTransient: true } => true,
            TimeoutException or SiloUnavailableException or OrleansMessageRejectionException => true,
            _ => exception.InnerException is { } inner && IsTransient(inner),
        };
}

/// <summary>Wires the error handler.</summary>
public static class ErrorHandlingSetup
{
    public static WebApplication UseAnjuErrors(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use(RefuseNulInAddressAsync);
        return app;
    }

    /// <summary>A NUL in the path or a query parameter is no id, name or filter anything holds (PostgreSQL's text refuses
    /// it): a 400 naming the parameter, before any endpoint passes it on. Bodies are checked by <see cref="JsonText"/>.</summary>
    private static Task RefuseNulInAddressAsync(HttpContext http, RequestDelegate next)
    {
        if (JsonText.Problem(http.Request.Path.Value) is { } inPath)
        {
            throw new ValidationException("path", $"The path {inPath}.");
        }

        foreach (var (name, values) in http.Request.Query)
        {
            foreach (var value in values)
            {
                if (JsonText.Problem(value) is { } problem)
                {
                    throw new ValidationException(name, $"{name} {problem}.");
                }
            }
        }

        return next(http);
    }
}
