namespace Anju.Errors;

/// <summary>
/// A command was refused because one of its fields is invalid. Hosts turn it into
/// HTTP 400 problem details naming <see cref="Field"/>; nothing was changed.
/// </summary>
[GenerateSerializer, Alias("Anju.Common.ValidationException")]
public sealed class ValidationException : Exception
{
    public ValidationException(string field, string message) : base(message) => Field = field;

    public ValidationException() : this("", "Invalid input.") { }

    public ValidationException(string message) : this("", message) { }

    public ValidationException(string message, Exception innerException) : base(message, innerException) => Field = "";

    /// <summary>The name of the offending field, as the caller spelt it (camelCase).</summary>
    [Id(0)]
    public string Field { get; init; }
}
