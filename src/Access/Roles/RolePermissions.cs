using System.Collections.Frozen;

namespace Anju.Access;

/// <summary>The one table of which role holds which permission. Administrators and auditors hold no data
/// permission at all: separation of duties (an administrator cannot read personal data, an auditor cannot
/// change anything).</summary>
public static class RolePermissions
{
    private static readonly Permission[] Figures = [Permission.Account, Permission.ReadFigures];

    /// <summary>What every post that watches estates on a screen or desk does with facilities and alarms.</summary>
    private static readonly Permission[] Watch = [Permission.ReadFacilities, Permission.ReportFaults, Permission.AcknowledgeAlarms];

    private static readonly FrozenDictionary<Role, FrozenSet<Permission>> Table = new Dictionary<Role, Permission[]>
    {
        [Role.CityOperator] = [.. Figures, Permission.ReadResidency, Permission.ReadContracts, Permission.ReadSecurity,
            Permission.ReadIncidents, Permission.FileIncidents, Permission.HandleIncidents, .. Watch, Permission.ReadCommunity],
        [Role.DistrictOperator] = [.. Figures, Permission.ReadResidency, Permission.ReadContracts, Permission.ReadSecurity,
            Permission.ReadIncidents, Permission.FileIncidents, Permission.HandleIncidents, .. Watch, Permission.ReadCommunity],
        [Role.StreetOffice] = [.. Figures, Permission.ReadResidency, Permission.ReadContracts, Permission.ReadSecurity,
            Permission.ReadIncidents, Permission.FileIncidents, Permission.HandleIncidents, .. Watch, Permission.ReadCasework,
            Permission.ReadAllocations, Permission.ReadCommunity, Permission.ManageCommunity],
        [Role.SecuritySupervisor] = [.. Figures, Permission.ReadSecurity, Permission.ManageSecurity,
            Permission.ReadIncidents, Permission.FileIncidents, Permission.HandleIncidents, .. Watch, Permission.ReadCommunity],
        [Role.HousingOffice] = [.. Figures, Permission.ReadResidency, Permission.ChangeResidency, Permission.ManageEstates,
            Permission.ReadContracts, Permission.ManageContracts, Permission.ReadSecurity,
            Permission.ReadIncidents, Permission.FileIncidents, Permission.HandleIncidents,
            Permission.SeeContacts, Permission.SeeSpecialGroups, .. Watch, Permission.ManageFacilities, Permission.WorkOrders,
            Permission.VerifyWorkOrders, Permission.AssessContracts, Permission.ReadFees, Permission.BillFees,
            Permission.ReadAccounts, Permission.ManageAccounts, Permission.ReadCasework, Permission.WorkCasework,
            Permission.DecideExitReviews, Permission.ReadAllocations, Permission.ManageAllocations,
            Permission.RegisterAddresses, Permission.ReadCommunity, Permission.ManageCommunity],
        [Role.CivilAffairs] = [.. Figures, Permission.ReadResidency, Permission.ReadIncidents,
            Permission.SeeContacts, Permission.SeeSpecialGroups, Permission.ReadAllocations, Permission.ReadCommunity],
        [Role.GridStaff] = [.. Figures, Permission.ReadResidency, Permission.ReadIncidents, Permission.FileIncidents,
            Permission.HandleIncidents, Permission.SeeContacts, Permission.SeeSpecialGroups,
            Permission.ReadFacilities, Permission.ReportFaults, Permission.VerifyWorkOrders, Permission.ReadCasework,
            Permission.RegisterAddresses, Permission.ReadCommunity, Permission.ManageCommunity],
        [Role.PropertyCompany] = [.. Figures, Permission.ReadContracts, Permission.ReadSecurity, Permission.ManageSecurity,
            Permission.ReadIncidents, Permission.FileIncidents, Permission.HandleIncidents, .. Watch, Permission.WorkOrders,
            Permission.ReadFees, Permission.BillFees, Permission.ReadCommunity],
        [Role.Agency] = [.. Figures, Permission.ReadResidency, Permission.ChangeResidency, Permission.ReadIncidents,
            Permission.FileIncidents, Permission.SeeContacts, Permission.ReadFacilities, Permission.ReportFaults,
            Permission.ReadCasework, Permission.WorkCasework, Permission.ReadAllocations, Permission.RegisterAddresses,
            Permission.ReadCommunity],
        [Role.Auditor] = [Permission.Account, Permission.ReadAudit],
        [Role.Administrator] = [Permission.Account, Permission.Administer],
    }.ToFrozenDictionary(p => p.Key, p => p.Value.ToFrozenSet());

    /// <summary>Whether <paramref name="role"/> holds <paramref name="permission"/> (in whatever scope it is granted).</summary>
    public static bool Holds(Role role, Permission permission) => Table[role].Contains(permission);

    /// <summary>The roles that hold <paramref name="permission"/>.</summary>
    public static IEnumerable<Role> RolesWith(Permission permission) => Enum.GetValues<Role>().Where(r => Holds(r, permission));

    /// <summary>Why a set of roles may not be held by one person, or null when it may: an administrator or an auditor
    /// holds that post alone, so nobody grants themselves data, and nobody audits their own work.</summary>
    public static string? SeparationOfDuties(IEnumerable<Role> roles)
    {
        var held = roles.Distinct().ToList();
        foreach (var alone in new[] { Role.Administrator, Role.Auditor })
        {
            if (held.Contains(alone) && held.Count > 1)
            {
                return $"{alone} is held alone: separate accounts for {string.Join(", ", held.Where(r => r != alone))}.";
            }
        }

        return null;
    }

    /// <summary>Roles whose holders must sign in with a second factor (等保三級): administrators and every role that
    /// may read personal data.</summary>
    public static bool NeedsTwoFactor(Role role) =>
        role == Role.Administrator || Holds(role, Permission.SeeContacts) || Holds(role, Permission.SeeSpecialGroups);
}
