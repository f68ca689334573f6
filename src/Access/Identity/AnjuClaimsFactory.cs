using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Anju.Access.Identity;

/// <summary>Identity's principal (id, name, security stamp) plus the person's display name and grants.
/// The session kind is added at sign-in (<see cref="SignInFlow"/>), which alone knows how the person proved
/// who they are.</summary>
public sealed class AnjuClaimsFactory(UserManager<AnjuUser> users, GrantStore grants, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AnjuUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AnjuUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(AnjuClaims.DisplayName, user.DisplayName));
        foreach (var grant in await grants.OfAsync(user.Id))
        {
            identity.AddClaim(new Claim(AnjuClaims.Grant, grant.ToString()));
        }

        return identity;
    }
}
