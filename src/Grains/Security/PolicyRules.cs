using Anju.Estates;

namespace Anju.Security;

/// <summary>The staffing policy as the desk accepts it: ratios of at least one resident per guard, each for the
/// estate or one of its zones, and a grace of up to a day.</summary>
internal static class PolicyRules
{
    public static readonly TimeSpan LongestGrace = TimeSpan.FromHours(24);

    /// <summary>The policy as it will be held, or a <see cref="ValidationException"/> naming the field at fault.
    /// <paramref name="structure"/> is needed only when the policy has ratios.</summary>
    public static StaffingPolicy Valid(StaffingPolicy policy, EstateStructure? structure, string estateId)
    {
        ArgumentNullException.ThrowIfNull(policy);
        foreach (var ratio in policy.Ratios)
        {
            if (ratio.ResidentsPerGuard < 1)
            {
                throw new ValidationException("ratios.residentsPerGuard", "residentsPerGuard must be at least 1.");
            }

            RosterRules.Zone(structure ?? throw new ArgumentNullException(nameof(structure)), ratio.ZoneId, estateId, "ratios.zoneId");
        }

        if (policy.Grace is { } grace && (grace < TimeSpan.Zero || grace > LongestGrace))
        {
            throw new ValidationException("grace", "grace must be between 0 and 24 hours.");
        }

        return policy with { Ratios = [.. policy.Ratios] };
    }
}
