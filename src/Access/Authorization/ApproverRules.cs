using Anju.Incidents;

namespace Anju.Access;

/// <summary>Which approver a caller is for a case (a void, send-back, extension or de-escalation needs one at the
/// case's level or above): the widest post among their grants that handle incidents and reach the case. No request
/// field can claim it.</summary>
public static class ApproverRules
{
    /// <summary>The highest approver role the grants give at <paramref name="place"/>; null when none.</summary>
    public static ApproverRole? HighestAt(IEnumerable<Grant> grants, Place place) =>
        grants.Where(g => Approves(g.Role) && GrantRules.Reaches(g, place))
            .Select(g => (ApproverRole?)Of(g.Scope))
            .Max();

    /// <summary>The posts that approve: command centres, street offices, the housing office and grid staff. Security
    /// supervisors and property companies work cases but do not approve closing them early.</summary>
    public static bool Approves(Role role) =>
        role is Role.CityOperator or Role.DistrictOperator or Role.StreetOffice or Role.HousingOffice or Role.GridStaff;

    private static ApproverRole Of(ScopeKind scope) => scope switch
    {
        ScopeKind.City or ScopeKind.District => ApproverRole.DistrictSupervisor,
        ScopeKind.Street => ApproverRole.StreetSupervisor,
        ScopeKind.Grid => ApproverRole.GridLeader,
        _ => ApproverRole.EstateSupervisor,
    };
}
