namespace Anju.Estates;

/// <summary>Guangzhou's eleven districts (區), by the short code used in ids and screens.</summary>
public static class DistrictCodes
{
    /// <summary>Code → Chinese name.</summary>
    public static readonly IReadOnlyDictionary<string, string> All = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["TH"] = "天河區",
        ["HZ"] = "海珠區",
        ["BY"] = "白雲區",
        ["PY"] = "番禺區",
        ["HP"] = "黃埔區",
        ["LW"] = "荔灣區",
        ["YX"] = "越秀區",
        ["HD"] = "花都區",
        ["ZC"] = "增城區",
        ["CH"] = "從化區",
        ["NS"] = "南沙區",
    };

    /// <summary>True when <paramref name="code"/> names a district.</summary>
    public static bool IsKnown(string? code) => code is not null && All.ContainsKey(code);
}
