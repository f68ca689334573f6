namespace Anju;

/// <summary>
/// The one place where grain key formats are written. Every key carries a letter prefix so no
/// key is all digits (the ADO.NET storage aliases "020235" and "20235", dotnet/orleans #9706),
/// and keys stay short because the reminders table stores grain ids in varchar(150).
/// </summary>
public static class Keys
{
    /// <summary>Key of an estate (小區) grain: <c>estate/TH-0001</c>.</summary>
    public static string Estate(string estateId) => $"estate/{estateId}";

    /// <summary>Key of a dwelling (住房) grain: <c>dwelling/TH-0001/3-2-1501</c>.</summary>
    public static string Dwelling(string estateId, string dwellingId) => $"dwelling/{estateId}/{dwellingId}";

    /// <summary>Key of a district (區) rollup grain: <c>district/TH</c>.</summary>
    public static string District(string code) => $"district/{code}";

    /// <summary>Key of the city rollup grain: there is one city, Guangzhou.</summary>
    public const string City = "city/GZ";

    /// <summary>Reads the district code back out of a district grain key.</summary>
    public static string DistrictCodeOf(string districtKey) => After(districtKey, "district/");

    /// <summary>Reads the estate id back out of an estate grain key.</summary>
    public static string EstateIdOf(string estateKey) => After(estateKey, "estate/");

    /// <summary>Reads the estate and dwelling ids back out of a dwelling grain key.</summary>
    public static (string EstateId, string DwellingId) DwellingIdOf(string dwellingKey)
    {
        var rest = After(dwellingKey, "dwelling/");
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0)
        {
            throw new ArgumentException($"'{dwellingKey}' is not a dwelling key.", nameof(dwellingKey));
        }

        return (rest[..slash], rest[(slash + 1)..]);
    }

    private static string After(string key, string prefix) =>
        key.StartsWith(prefix, StringComparison.Ordinal)
            ? key[prefix.Length..]
            : throw new ArgumentException($"'{key}' does not start with '{prefix}'.", nameof(key));
}
