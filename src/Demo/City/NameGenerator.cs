using Anju.Demo.Guangzhou;

namespace Anju.Demo.City;

/// <summary>Estate names the way Guangzhou names them: a local place word and a housing word (棠德花苑, 金沙洲保障房小區).</summary>
public sealed class NameGenerator(Random random)
{
    private static readonly string[] Suffixes =
    [
        "花苑", "花園", "家園", "新村", "公寓", "雅苑", "嘉園", "安居苑",
        "保障房小區", "公租房小區", "新居", "康苑", "景苑", "福苑", "和苑", "悅園",
    ];

    private const string Numerals = "二三四五六七八九十";

    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    /// <summary>A name not given before by this generator; a repeat becomes the next phase (二期, 三期…).</summary>
    public string Next(District district)
    {
        var name = district.Places[random.Next(district.Places.Count)] + Suffixes[random.Next(Suffixes.Length)];
        var candidate = name;
        for (var phase = 2; !_used.Add(candidate); phase++)
        {
            candidate = name + (phase - 2 < Numerals.Length ? Numerals[phase - 2].ToString() : phase.ToString()) + "期";
        }

        return candidate;
    }
}
