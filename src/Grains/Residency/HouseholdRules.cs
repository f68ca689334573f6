
namespace Anju.Residency;

/// <summary>Checks on the household record of a dwelling (§4.1–4.2).</summary>
internal static class HouseholdRules
{
    private const SpecialGroups AllGroups =
        SpecialGroups.MinimumLivingAllowance | SpecialGroups.LowIncome | SpecialGroups.Disability |
        SpecialGroups.IntellectualDisability | SpecialGroups.MentalIllness | SpecialGroups.ElderlyLivingAlone;

    /// <summary>Validates <paramref name="household"/>: 1..<see cref="HouseholdOptions.MaxSize"/> residents,
    /// a head-of-household reference in id form (letters, digits, dashes — a name is refused),
    /// known special-group flags and a known second-address status.</summary>
    public static Household Validate(Household household, HouseholdOptions options)
    {
        if (household is null)
        {
            throw new ValidationException("body", "A household is required.");
        }

        if (household.Size < 1 || household.Size > options.MaxSize)
        {
            throw new ValidationException("size", $"size must be between 1 and {options.MaxSize} residents.");
        }

        Common.Validate.Id("headOfHousehold", household.HeadOfHousehold);
        if ((household.SpecialGroups & ~AllGroups) != 0)
        {
            throw new ValidationException("specialGroups", "specialGroups holds an unknown group.");
        }

        return Enum.IsDefined(household.SecondAddressRegistration)
            ? household
            : throw new ValidationException("secondAddressRegistration", $"secondAddressRegistration must be one of {string.Join(", ", Enum.GetNames<SecondAddressRegistration>())}.");
    }

    /// <summary>Households on 低保 or low income pay a set share of the property fee, the government the rest (§6.2).</summary>
    public static bool QualifiesForFeeSubsidy(Household household) =>
        (household.SpecialGroups & (SpecialGroups.MinimumLivingAllowance | SpecialGroups.LowIncome)) != 0;
}
