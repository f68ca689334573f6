namespace Anju.Dashboard.Screens;

/// <summary>What the screens show by default (configuration section "Dashboard").</summary>
public sealed class DashboardOptions
{
    /// <summary>The estate the first screen shows unless the address says <c>?estate=</c>.</summary>
    public string FeaturedEstate { get; set; } = "TH-0001";
}
