namespace Anju.Dashboard.Screens;

/// <summary>What a screen reads from <c>GET /api/config</c> before it subscribes.</summary>
public sealed record ScreenConfig(string FeaturedEstate);
