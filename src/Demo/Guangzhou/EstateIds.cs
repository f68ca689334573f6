namespace Anju.Demo.Guangzhou;

/// <summary>
/// Demo estate ids: district code and a 4-digit sequence within the district (<c>TH-0001</c>).
/// The n-th estate goes to district n mod 11, so ids depend only on the position, never on the
/// seed, and any command can walk them in order.
/// </summary>
public static class EstateIds
{
    /// <summary>The district and id of the estate at zero-based <paramref name="index"/>.</summary>
    public static (District District, string EstateId) At(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var district = Districts.All[index % Districts.All.Count];
        return (district, $"{district.Code}-{index / Districts.All.Count + 1:D4}");
    }
}
