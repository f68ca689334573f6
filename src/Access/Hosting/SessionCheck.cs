using System.Collections.Concurrent;
using System.Security.Claims;
using Anju.Access.Identity;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Anju.Access.Hosting;

/// <summary>
/// Ends sessions whose account changed: a cookie or bearer token is honoured only while its security stamp is the
/// account's and the account is enabled. Identity changes the stamp on a password change, a new authenticator and
/// a revocation, and Anju on every grant change, so each of those ends old sessions; the answer is then 401 like any
/// bad credential. Accounts are read at most once per <see cref="AccessOptions.SessionCheckEvery"/> per host.
/// </summary>
public sealed class SessionStamps(IOptions<AccessOptions> options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, (string? Stamp, DateTimeOffset At)> _accounts = new(StringComparer.Ordinal);

    /// <summary>Forgets what this host knows of an account (after this host changed it).</summary>
    public void Forget(string userId) => _accounts.TryRemove(userId, out _);

    /// <summary>True while the principal's session is still the account's.</summary>
    public async ValueTask<bool> IsCurrentAsync(ClaimsPrincipal principal, IServiceProvider services)
    {
        var userId = principal.UserId();
        var stamp = principal.FindFirstValue(AnjuClaims.SecurityStamp);
        if (userId.Length == 0 || stamp is null)
        {
            return false;
        }

        var now = clock.GetUtcNow();
        if (!_accounts.TryGetValue(userId, out var known) || now - known.At >= options.Value.SessionCheckEvery)
        {
            var user = await services.GetRequiredService<UserManager<AnjuUser>>().FindByIdAsync(userId);
            known = (user is null || user.Disabled ? null : user.SecurityStamp, now);
            _accounts[userId] = known;
        }

        return known.Stamp == stamp;
    }
}

/// <summary>Turns a principal whose session has ended into an anonymous one, before authorization.</summary>
public sealed class SessionCheck(RequestDelegate next, SessionStamps stamps)
{
    public async Task InvokeAsync(HttpContext http)
    {
        if (http.User.Identity?.IsAuthenticated == true && !await stamps.IsCurrentAsync(http.User, http.RequestServices))
        {
            http.User = new ClaimsPrincipal(new ClaimsIdentity());
        }

        await next(http);
    }
}
