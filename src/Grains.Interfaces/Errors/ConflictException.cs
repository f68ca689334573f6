namespace Anju.Errors;

/// <summary>
/// The command is well-formed but the object's current state forbids it (a duplicate id,
/// an illegal lifecycle transition, a stale version). Hosts answer 409; nothing was changed.
/// </summary>
[GenerateSerializer, Alias("Anju.Common.ConflictException")]
public sealed class ConflictException : Exception
{
    public ConflictException(string message) : base(message) { }

    public ConflictException() : this("Conflict.") { }

    public ConflictException(string message, Exception innerException) : base(message, innerException) { }
}
