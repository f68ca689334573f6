using Anju.Errors;
using Anju.Silo.Api;
using Npgsql;

namespace Anju.Tests.Api;

/// <summary>How the API answers what went wrong: the request's fault (4xx), the moment's (503, retry), or a bug (500).</summary>
public class ErrorMappingTests
{
    public static TheoryData<Exception> Transient() =>
    [
        new PostgresException("deadlock detected", "ERROR", "ERROR", "40P01"),
        new PostgresException("could not serialize access", "ERROR", "ERROR", "40001"),
        new PostgresException("sorry, too many clients already", "FATAL", "FATAL", "53300"),
        new NpgsqlException("Exception while reading from stream", new TimeoutException()),
        new TimeoutException("Response did not arrive on time"),
        new SiloUnavailableException("silo gone"),
        new InvalidOperationException("wrapped", new PostgresException("deadlock detected", "ERROR", "ERROR", "40P01")),
    ];

    [Theory]
    [MemberData(nameof(Transient))]
    public void A_failure_of_the_moment_is_a_503_to_retry(Exception exception)
    {
        Assert.Equal(503, DomainExceptionHandler.ProblemFor(exception)?.Status);
    }

    [Fact]
    public void A_bug_or_a_permanent_database_error_stays_a_500()
    {
        Assert.Null(DomainExceptionHandler.ProblemFor(new InvalidOperationException("a bug")));
        Assert.Null(DomainExceptionHandler.ProblemFor(new PostgresException("relation does not exist", "ERROR", "ERROR", "42P01")));
        Assert.Null(DomainExceptionHandler.ProblemFor(new PostgresException("duplicate key", "ERROR", "ERROR", "23505")));
    }

    [Fact]
    public void The_request_s_own_faults_keep_their_codes()
    {
        Assert.Equal(400, DomainExceptionHandler.ProblemFor(new ValidationException("points", "points is required"))?.Status);
        Assert.Equal(404, DomainExceptionHandler.ProblemFor(new NotFoundException("estate", "TH-9999"))?.Status);
        Assert.Equal(409, DomainExceptionHandler.ProblemFor(new ConflictException("exists"))?.Status);
    }
}
