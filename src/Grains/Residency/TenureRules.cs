using Anju.Estates;

namespace Anju.Residency;

/// <summary>Checks on a dwelling's tenure (§3.1): purchase types carry the household's owned share, rental types never do.</summary>
internal static class TenureRules
{
    /// <summary>Validates <paramref name="tenure"/>: a known type; for purchase types a share with
    /// 0 &lt; share ≤ 1; for rental types no share at all.</summary>
    public static Tenure Validate(Tenure tenure)
    {
        if (tenure is null)
        {
            throw new ValidationException("tenure", "tenure is required.");
        }

        if (!Enum.IsDefined(tenure.Type))
        {
            throw new ValidationException("tenure", $"tenure must be one of {string.Join(", ", Enum.GetNames<TenureType>())}.");
        }

        if (!tenure.Type.IsPurchaseType())
        {
            return tenure.OwnedShare is null
                ? tenure
                : throw new ValidationException("ownedShare", $"A {tenure.Type} dwelling is rented: it has no owned share.");
        }

        return tenure.OwnedShare is > 0m and <= 1m
            ? tenure
            : throw new ValidationException("ownedShare", $"A {tenure.Type} dwelling needs the household's owned share, more than 0 and at most 1.");
    }
}
