namespace Anju.Errors;

/// <summary>The addressed object (estate, dwelling…) does not exist. Hosts answer 404.</summary>
[GenerateSerializer, Alias("Anju.Common.NotFoundException")]
public sealed class NotFoundException : Exception
{
    public NotFoundException(string kind, string id) : base($"No {kind} '{id}'.")
    {
        Kind = kind;
        Id = id;
    }

    public NotFoundException() : this("object", "") { }

    public NotFoundException(string message) : base(message) { Kind = "object"; Id = ""; }

    public NotFoundException(string message, Exception innerException) : base(message, innerException) { Kind = "object"; Id = ""; }

    [Id(0)]
    public string Kind { get; init; }

    [Id(1)]
    public string Id { get; init; }
}
