using static Anju.Hosting.OptionsCheck;

namespace Anju.Access.Hosting;

/// <summary>Settings of sign-in and sessions (section <c>Access</c>).</summary>
public sealed class AccessOptions
{
    /// <summary>A screen's session ends after this long without a request (sliding).</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long a program's bearer token is good for; it refreshes with its refresh token.</summary>
    public TimeSpan BearerLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long a refresh token is good for.</summary>
    public TimeSpan RefreshLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>How often a session's security stamp is compared with the account's: a revoked, disabled or
    /// re-granted account loses its sessions within this time.</summary>
    public TimeSpan SessionCheckEvery { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Sign-in attempts that fail before the account is locked.</summary>
    public int LockoutAttempts { get; set; } = 5;

    /// <summary>How long a locked account stays locked.</summary>
    public TimeSpan LockoutFor { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>What is wrong with these options, naming the setting; null when nothing is (checked at start).</summary>
    public string? Problem() => First(
        Positive("Access:IdleTimeout", IdleTimeout),
        Positive("Access:BearerLifetime", BearerLifetime),
        Positive("Access:RefreshLifetime", RefreshLifetime),
        Positive("Access:SessionCheckEvery", SessionCheckEvery),
        Between("Access:LockoutAttempts", LockoutAttempts, 1, 1_000),
        Positive("Access:LockoutFor", LockoutFor));
}
