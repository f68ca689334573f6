using System.Security.Claims;
using Anju.Access;
using Anju.Access.Identity;

namespace Anju.Dashboard.Screens;

/// <summary>What a screen reads from <c>GET /api/config</c> before it subscribes
/// (see <see cref="DashboardOptions"/> for each setting), and which live figures the signed-in person may watch.</summary>
public sealed record ScreenConfig(string FeaturedEstate, int HealthAlarmBelow, int HealthWatchBelow, int TrendMinutes, LiveReach Reach)
{
    /// <summary>The person may acknowledge alarms somewhere: the wall's ticker offers the button (the API checks the estate).</summary>
    public bool AcknowledgeAlarms { get; init; }

    /// <summary>The screen-relevant permissions the person holds somewhere (contracts, fees, accounts, administration):
    /// the header shows the contracts and money screens, and Orleans' dashboard, only to those who hold them. The API
    /// still checks every read against its scope.</summary>
    public IReadOnlyList<string> Permissions { get; init; } = [];

    private static readonly Permission[] Shown =
        [Permission.ReadContracts, Permission.AssessContracts, Permission.ReadFees, Permission.BillFees, Permission.ReadAccounts, Permission.ManageAccounts,
            Permission.ReadCasework, Permission.WorkCasework, Permission.DecideExitReviews,
            Permission.ReadAllocations, Permission.ManageAllocations, Permission.RegisterAddresses,
            Permission.ReadCommunity, Permission.ManageCommunity, Permission.Administer];

    public static ScreenConfig From(DashboardOptions options, ClaimsPrincipal user) =>
        new(options.FeaturedEstate, options.HealthAlarmBelow, options.HealthWatchBelow, options.TrendMinutes, LiveReach.Of(user))
        {
            AcknowledgeAlarms = GrantRules.HoldsAnywhere(user.Grants(), Permission.AcknowledgeAlarms),
            Permissions = [.. Shown.Where(p => GrantRules.HoldsAnywhere(user.Grants(), p)).Select(p => p.ToString())],
        };
}

/// <summary>The city-wide scopes a person's grants reach as a whole: the city (and so every district), or these
/// districts. The hub's scope check applies the same rule; this only spares a screen subscribing to what it would be
/// refused.</summary>
public sealed record LiveReach(bool City, IReadOnlyList<string> Districts)
{
    public static LiveReach Of(ClaimsPrincipal user)
    {
        var districts = GrantRules.WholeDistricts(user.Grants(), Permission.ReadFigures);
        return districts is null ? new(true, []) : new(false, [.. districts.Order(StringComparer.Ordinal)]);
    }
}
