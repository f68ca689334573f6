using System.Security.Claims;
using System.Security.Cryptography;
using Anju.Access;
using Anju.Access.Audit;
using Anju.Access.Hosting;
using Anju.Access.Identity;
using Anju.Common;
using Anju.Errors;
using Microsoft.AspNetCore.Identity;

namespace Anju.Silo.Access;

public sealed record CreateUserRequest(string? UserName, string? DisplayName, IReadOnlyList<GrantRequest>? Grants);

public sealed record GrantRequest(string? Role, string? Scope, string? ScopeId);

public sealed record ExternalLoginRequest(string? Subject);

/// <summary>An account as the administrator's list shows it: never a hash, key or code.</summary>
public sealed record UserView(
    string UserName, string DisplayName, IReadOnlyList<string> Grants, bool TwoFactor, bool MustChangePassword, bool Disabled,
    DateTimeOffset? LockedUntil, DateTimeOffset CreatedAt);

/// <summary>A new account or a reset: the one-time password is shown only in this answer.</summary>
public sealed record OneTimePassword(string UserName, string Password);

/// <summary>Accounts and grants: the administrator's work, which reads no personal data of residents.</summary>
public static class AdminEndpoints
{
    public static RouteGroupBuilder MapAdminEndpoints(this RouteGroupBuilder api)
    {
        var users = api.MapGroup("/admin/users").WithTags("Administration").Allow(Permission.Administer, ScopeFrom.Anywhere);
        users.MapGet("/", ListAsync).WithSummary("Every account with its grants.");
        users.MapPost("/", CreateAsync).WithSummary("Create an account with a one-time password, to be changed at first sign-in.");
        users.MapPut("/{userName}/grants", ReplaceGrantsAsync).WithSummary("Replace an account's role × scope grants; its sessions end.");
        users.MapPost("/{userName}/reset-password", ResetPasswordAsync).WithSummary("A new one-time password; the account's sessions end.");
        users.MapPost("/{userName}/disable", (string userName, AccountAdmin admin, ClaimsPrincipal me) => admin.ChangeAsync(userName, me, u => u.Disabled = true))
            .WithSummary("Disable an account: it cannot sign in and its sessions end.");
        users.MapPost("/{userName}/enable", (string userName, AccountAdmin admin, ClaimsPrincipal me) => admin.ChangeAsync(userName, me, u => u.Disabled = false))
            .WithSummary("Enable a disabled account.");
        users.MapPost("/{userName}/unlock", (string userName, AccountAdmin admin, ClaimsPrincipal me) => admin.ChangeAsync(userName, me, u =>
            {
                u.LockoutEnd = null;
                u.AccessFailedCount = 0;
            }))
            .WithSummary("Lift a lockout.");
        users.MapPost("/{userName}/reset-two-factor", (string userName, AccountAdmin admin, ClaimsPrincipal me) => admin.ChangeAsync(userName, me, u =>
            {
                u.TwoFactorEnabled = false;
                u.AuthenticatorKey = null;
                u.RecoveryCodes = null;
            }))
            .WithSummary("Remove a lost authenticator: the person enrols a new one at next sign-in.");
        users.MapPut("/{userName}/logins/{provider}", async (string userName, string provider, ExternalLoginRequest? body, AccountAdmin admin, ClaimsPrincipal me) =>
                await admin.LinkAsync(userName, Validate.Id("provider", provider), Validate.Text("subject", body?.Subject, 200), me.Actor()))
            .WithSummary("Link the person's subject at the city's identity provider to this account (sign-in through it is then theirs).");
        users.MapDelete("/{userName}/logins/{provider}", async (string userName, string provider, AccountAdmin admin, ClaimsPrincipal me) =>
                await admin.UnlinkAsync(userName, Validate.Id("provider", provider), me.Actor()))
            .WithSummary("Remove the link to the city's identity provider; the account's sessions end.");
        return api;
    }

    private static async Task<IReadOnlyList<UserView>> ListAsync(NpgsqlUserStore store, GrantStore grants, CancellationToken ct)
    {
        var held = await grants.AllAsync(ct);
        return [.. (await store.ListAsync(ct)).Select(user => View(user, [.. held[user.Id]]))];
    }

    private static async Task<IResult> CreateAsync(CreateUserRequest? body, AccountAdmin admin, ClaimsPrincipal me)
    {
        var userName = Validate.Id("userName", body?.UserName);
        var grants = ReadGrants(body!.Grants);
        var password = await admin.CreateAsync(userName, Validate.Text("displayName", body.DisplayName, 100), grants, me.Actor());
        return Results.Created($"/api/admin/users/{userName}", new OneTimePassword(userName, password));
    }

    private static async Task<UserView> ReplaceGrantsAsync(string userName, IReadOnlyList<GrantRequest>? body, AccountAdmin admin, ClaimsPrincipal me) =>
        await admin.ReplaceGrantsAsync(userName, ReadGrants(body), me.Actor());

    private static async Task<OneTimePassword> ResetPasswordAsync(string userName, AccountAdmin admin, ClaimsPrincipal me) =>
        new(userName, await admin.ResetPasswordAsync(userName, me.Actor()));

    /// <summary>Grants as given: every role and scope named, every scope id well formed for its kind.</summary>
    public static IReadOnlyList<Grant> ReadGrants(IReadOnlyList<GrantRequest>? body)
    {
        var grants = new List<Grant>();
        foreach (var (g, i) in Anju.Silo.Api.Parse.Items("grants", body ?? throw new ValidationException("grants", "grants are required.")).Select((g, i) => (g, i)))
        {
            var role = Parse(g.Role, $"grants[{i}].role", out Role r) ? r : default;
            var scope = Parse(g.Scope, $"grants[{i}].scope", out ScopeKind s) ? s : default;
            var scopeId = g.ScopeId ?? "";
            if (!GrantRules.IsWellFormed(scope, scopeId))
            {
                throw new ValidationException($"grants[{i}].scopeId", $"'{scopeId}' is not a {scope} scope id.");
            }

            grants.Add(new Grant(role, scope, scopeId));
        }

        if (RolePermissions.SeparationOfDuties(grants.Select(g => g.Role)) is { } clash)
        {
            throw new ValidationException("grants", clash);
        }

        return grants;
    }

    private static bool Parse<T>(string? value, string field, out T parsed)
        where T : struct, Enum =>
        Enum.TryParse(value, ignoreCase: true, out parsed) && Enum.IsDefined(parsed)
            ? true
            : throw new ValidationException(field, $"{field} must be one of {string.Join(", ", Enum.GetNames<T>())}.");

    public static UserView View(AnjuUser user, IReadOnlyList<Grant> grants) => new(
        user.UserName, user.DisplayName, [.. grants.Select(g => g.ToString())], user.TwoFactorEnabled, user.MustChangePassword, user.Disabled,
        user.LockoutEnd, user.CreatedAt);
}

/// <summary>Account changes shared by the API and the silo's <c>create-admin</c> and <c>demo-users</c> commands: each
/// changes the security stamp, so the account's sessions end, and each is audited.</summary>
public sealed class AccountAdmin(UserManager<AnjuUser> users, GrantStore grants, SessionStamps stamps, IAuditLog audit)
{
    public async Task<string> CreateAsync(string userName, string displayName, IReadOnlyList<Grant> given, string actor, string? password = null)
    {
        var oneTime = password ?? NewPassword();
        var user = new AnjuUser { UserName = userName, DisplayName = displayName, MustChangePassword = password is null };
        var created = await users.CreateAsync(user, oneTime);
        if (!created.Succeeded)
        {
            throw created.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.DuplicateUserName))
                ? new ConflictException($"An account named {userName} exists already.")
                : new ValidationException(password is null ? "userName" : "password", string.Join(" ", created.Errors.Select(e => e.Description)));
        }

        await grants.ReplaceAsync(user.Id, given, actor);
        await AuditAsync(actor, "create account", user, $"grants: {string.Join(", ", given)}");
        return oneTime;
    }

    public async Task<UserView> ReplaceGrantsAsync(string userName, IReadOnlyList<Grant> given, string actor)
    {
        var user = await FindAsync(userName);
        if (string.Equals(user.UserName, actor, StringComparison.Ordinal))
        {
            throw new Anju.Access.ForbiddenException("Nobody changes their own grants: another administrator does.");
        }

        await grants.ReplaceAsync(user.Id, given, actor);
        await Checked(users.UpdateSecurityStampAsync(user));
        stamps.Forget(user.Id);
        await AuditAsync(actor, "replace grants", user, $"grants: {string.Join(", ", given)}");
        return AdminEndpoints.View(user, given);
    }

    public async Task<string> ResetPasswordAsync(string userName, string actor)
    {
        var user = await FindAsync(userName);
        var password = NewPassword();
        await Checked(users.RemovePasswordAsync(user));
        await Checked(users.AddPasswordAsync(user, password));
        user.MustChangePassword = true;
        await Checked(users.UpdateSecurityStampAsync(user));
        stamps.Forget(user.Id);
        await AuditAsync(actor, "reset password", user, null);
        return password;
    }

    public async Task<UserView> ChangeAsync(string userName, ClaimsPrincipal me, Action<AnjuUser> change)
    {
        var user = await FindAsync(userName);
        change(user);
        await Checked(users.UpdateSecurityStampAsync(user));
        stamps.Forget(user.Id);
        await AuditAsync(me.Actor(), "change account", user, null);
        return AdminEndpoints.View(user, await grants.OfAsync(user.Id));
    }

    public async Task<UserView> LinkAsync(string userName, string provider, string subject, string actor)
    {
        var user = await FindAsync(userName);
        if (await users.FindByLoginAsync(provider, subject) is { } holder && holder.Id != user.Id)
        {
            throw new ConflictException($"That {provider} subject is linked to another account.");
        }

        foreach (var login in (await users.GetLoginsAsync(user)).Where(l => l.LoginProvider == provider))
        {
            await users.RemoveLoginAsync(user, login.LoginProvider, login.ProviderKey);
        }

        await Checked(users.AddLoginAsync(user, new UserLoginInfo(provider, subject, provider)));
        await AuditAsync(actor, "link external login", user, provider);
        return AdminEndpoints.View(user, await grants.OfAsync(user.Id));
    }

    public async Task<UserView> UnlinkAsync(string userName, string provider, string actor)
    {
        var user = await FindAsync(userName);
        foreach (var login in (await users.GetLoginsAsync(user)).Where(l => l.LoginProvider == provider))
        {
            await users.RemoveLoginAsync(user, login.LoginProvider, login.ProviderKey);
        }

        await Checked(users.UpdateSecurityStampAsync(user));
        stamps.Forget(user.Id);
        await AuditAsync(actor, "unlink external login", user, provider);
        return AdminEndpoints.View(user, await grants.OfAsync(user.Id));
    }

    private async Task<AnjuUser> FindAsync(string userName) =>
        await users.FindByNameAsync(Validate.Id("userName", userName)) ?? throw new NotFoundException("user", userName);

    private static async Task Checked(Task<IdentityResult> change)
    {
        var result = await change;
        if (!result.Succeeded)
        {
            throw new ConflictException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }

    private Task AuditAsync(string actor, string action, AnjuUser user, string? detail) =>
        audit.AppendAsync(new AuditEntry(actor, "Administrator", action, "account", [$"user={user.UserName}"], [], null, AuditOutcome.Allowed) { Detail = detail });

    /// <summary>A one-time password meeting the policy: 16 characters from a set without look-alikes, with upper, lower and digit.</summary>
    public static string NewPassword()
    {
        const string upper = "ABCDEFGHJKLMNPQRSTUVWXYZ", lower = "abcdefghijkmnpqrstuvwxyz", digits = "23456789";
        const string all = upper + lower + digits;
        var chars = new char[16];
        for (var i = 0; i < chars.Length; i++)
        {
            var set = i switch { 0 => upper, 1 => lower, 2 => digits, _ => all };
            chars[i] = set[RandomNumberGenerator.GetInt32(set.Length)];
        }

        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }
}
