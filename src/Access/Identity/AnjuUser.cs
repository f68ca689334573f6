namespace Anju.Access.Identity;

/// <summary>A person who signs in. Roles and scopes are not here but in their grants
/// (<see cref="GrantStore"/>), so one person can hold several posts.</summary>
public sealed class AnjuUser
{
    public string Id { get; set; } = Guid.NewGuid().ToString("N");

    public string UserName { get; set; } = "";

    public string NormalizedUserName { get; set; } = "";

    public string DisplayName { get; set; } = "";

    public string? PasswordHash { get; set; }

    public string SecurityStamp { get; set; } = Guid.NewGuid().ToString("N");

    public string ConcurrencyStamp { get; set; } = Guid.NewGuid().ToString("N");

    public bool LockoutEnabled { get; set; } = true;

    public DateTimeOffset? LockoutEnd { get; set; }

    public int AccessFailedCount { get; set; }

    public bool TwoFactorEnabled { get; set; }

    public string? AuthenticatorKey { get; set; }

    public string? RecoveryCodes { get; set; }

    /// <summary>Set for a one-time password: the next sign-in may only change it.</summary>
    public bool MustChangePassword { get; set; }

    /// <summary>A disabled account cannot sign in and its sessions end at their next check.</summary>
    public bool Disabled { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
