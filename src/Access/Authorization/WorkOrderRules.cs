using Anju.Facilities;

namespace Anju.Access;

/// <summary>In what capacity a caller acts on a work order, decided from their posts at the order's place (no request
/// field can claim it), the way <see cref="ApproverRules"/> decides approvers for cases.</summary>
public static class WorkOrderRules
{
    /// <summary>Who verifies a repair: the housing office or grid staff holding <see cref="Permission.VerifyWorkOrders"/>
    /// at the order's place; else the person who reported the fault, unless they work orders there (the company never
    /// verifies its own repair, even one it reported); null when the caller may not verify.</summary>
    public static VerifierRole? VerifierAt(IReadOnlyList<Grant> grants, Place place, string actor, string reportedBy)
    {
        ArgumentNullException.ThrowIfNull(grants);
        var verifying = grants.Where(g => RolePermissions.Holds(g.Role, Permission.VerifyWorkOrders) && GrantRules.Reaches(g, place)).ToList();
        if (verifying.Any(g => g.Role == Role.HousingOffice))
        {
            return VerifierRole.HousingOffice;
        }

        if (verifying.Any(g => g.Role == Role.GridStaff))
        {
            return VerifierRole.GridStaff;
        }

        var works = GrantRules.Allows(grants, Permission.WorkOrders, place);
        return !works && string.Equals(actor, reportedBy, StringComparison.Ordinal) && GrantRules.Allows(grants, Permission.ReportFaults, place)
            ? VerifierRole.Reporter
            : null;
    }

    /// <summary>Who a fault reported through the API comes from: grid staff, the security desk (a security supervisor),
    /// the property company, else a resident (a hotline operator or a street office on a resident's behalf). The
    /// narrowest post that reports faults at the place decides, in that order.</summary>
    public static FaultSource SourceAt(IReadOnlyList<Grant> grants, Place place)
    {
        ArgumentNullException.ThrowIfNull(grants);
        var roles = grants.Where(g => RolePermissions.Holds(g.Role, Permission.ReportFaults) && GrantRules.Reaches(g, place)).Select(g => g.Role).ToHashSet();
        return roles.Contains(Role.GridStaff) ? FaultSource.GridStaff
            : roles.Contains(Role.SecuritySupervisor) ? FaultSource.SecurityDesk
            : roles.Contains(Role.PropertyCompany) ? FaultSource.PropertyCompany
            : FaultSource.Resident;
    }
}
