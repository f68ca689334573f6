namespace Anju.Live;

/// <summary>The scope names screens subscribe to; written once, here.</summary>
public static class Scopes
{
    /// <summary>The whole city.</summary>
    public const string City = "city";

    /// <summary>One district: <c>district/TH</c>.</summary>
    public static string District(string code) => $"district/{code}";

    /// <summary>One estate: <c>estate/TH-0001</c>.</summary>
    public static string Estate(string estateId) => $"estate/{estateId}";

    /// <summary>The open incidents of one estate (the incident desk's list): <c>incidents/TH-0001</c>.</summary>
    public static string Incidents(string estateId) => $"incidents/{estateId}";

    /// <summary>Splits a scope into its kind and id ("estate", "TH-0001"); the city has an empty id.</summary>
    public static (string Kind, string Id) Parse(string scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (scope == City)
        {
            return (City, "");
        }

        var slash = scope.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 ? (scope[..slash], scope[(slash + 1)..]) : (scope, "");
    }
}
