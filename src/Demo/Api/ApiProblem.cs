namespace Anju.Demo.Api;

/// <summary>An RFC 7807 problem as the API answers it; <see cref="Errors"/> names the fields at fault on 400,
/// and a refused import lists its <see cref="Rows"/> with the <see cref="ErrorCount"/>.</summary>
public sealed record ApiProblem(string? Title, string? Detail, int? Status, IReadOnlyDictionary<string, string[]>? Errors)
{
    public IReadOnlyList<ImportRowError>? Rows { get; init; }

    public int? ErrorCount { get; init; }

    /// <summary>A problem for a request that got no HTTP answer at all.</summary>
    public static ApiProblem NoResponse(Exception error) => new("No response.", error.Message, null, null);

    public override string ToString()
    {
        var fields = Errors is { Count: > 0 } && Rows is null ? " [" + string.Join("; ", Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")) + "]" : "";
        return $"{Title} {Detail}{fields}".Trim();
    }
}
