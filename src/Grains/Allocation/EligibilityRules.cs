using System.Globalization;

namespace Anju.Allocation;

/// <summary>Eligibility checks and points (資格審核、計分), pure: what an application fails against its tenure type's
/// criteria, and the points it scores. A person decides eligibility; a failing check makes "eligible" a 409.</summary>
public static class EligibilityRules
{
    /// <summary>The checks <paramref name="form"/> fails, each as a sentence; empty when it passes them all.</summary>
    public static IReadOnlyList<string> Failures(ApplicationForm form, EligibilityCriteria criteria)
    {
        var failures = new List<string>();
        if (form.IncomeBand > criteria.MaxIncomeBand)
        {
            failures.Add("income above the limit for the tenure type");
        }

        if (form.ResidenceYears < criteria.MinResidenceYears)
        {
            failures.Add($"{form.ResidenceYears} years of residence, fewer than {criteria.MinResidenceYears}");
        }

        if (form.HousingAreaPerPerson >= criteria.MaxHousingAreaPerPerson)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture,
                $"housing of {form.HousingAreaPerPerson:0.##} m² per person, not below {criteria.MaxHousingAreaPerPerson:0.##}"));
        }

        if (form.HouseholdSize < criteria.MinHouseholdSize)
        {
            failures.Add($"household of {form.HouseholdSize}, fewer than {criteria.MinHouseholdSize}");
        }

        return failures;
    }

    /// <summary>Points: per member (capped), per year of residence (capped), and for the income band.</summary>
    public static int Points(ApplicationForm form, AllocationOptions options) =>
        Math.Min(form.HouseholdSize, options.MembersCounted) * options.PointsPerMember
        + Math.Min(form.ResidenceYears, options.YearsCounted) * options.PointsPerResidenceYear
        + options.IncomePoints.GetValueOrDefault(form.IncomeBand);
}
