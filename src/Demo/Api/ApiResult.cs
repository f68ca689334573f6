using System.Net;

namespace Anju.Demo.Api;

/// <summary>The outcome of one API call: a value on success, else the status (0: no response) and the problem.</summary>
public sealed record ApiResult<T>(int Status, T? Value, ApiProblem? Problem)
{
    public bool IsSuccess => Status is >= 200 and < 300 && Value is not null;

    public bool IsConflict => Status == (int)HttpStatusCode.Conflict;

    public bool IsNotFound => Status == (int)HttpStatusCode.NotFound;

    public override string ToString() => IsSuccess ? $"{Status}" : $"{(Status == 0 ? "no response" : Status)}: {Problem}";
}
