namespace Anju.Access;

/// <summary>The caller's grants do not reach the object (403). Says nothing about the object itself.</summary>
public sealed class ForbiddenException(string message = "Your grants do not reach this object.") : Exception(message);
