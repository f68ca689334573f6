using Anju.Residency;

namespace Anju.Allocation;

/// <summary>The household an allocation records on the dwelling: the application id is the head's opaque reference (no
/// name travels), and the special groups the application shows (低保, 低收入, elderly living alone, disability) go with it.</summary>
public static class AllocatedHousehold
{
    public static Household Of(ApplicationForm form) => new(form.HouseholdSize, form.ApplicationId,
        (form.IncomeBand switch
        {
            IncomeBand.MinimumLivingAllowance => SpecialGroups.MinimumLivingAllowance,
            IncomeBand.LowIncome => SpecialGroups.LowIncome,
            _ => SpecialGroups.None,
        })
        | (form.Priorities.Contains(PriorityCategory.ElderlyLivingAlone) ? SpecialGroups.ElderlyLivingAlone : SpecialGroups.None)
        | (form.Priorities.Contains(PriorityCategory.Disability) ? SpecialGroups.Disability : SpecialGroups.None),
        SecondAddressRegistration.NotRegistered);
}
