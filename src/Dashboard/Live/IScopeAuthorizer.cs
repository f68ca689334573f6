using System.Security.Claims;

namespace Anju.Dashboard.Live;

/// <summary>
/// The one gate every subscription passes: it turns the scope string a screen asked for into a
/// <see cref="LiveScope"/>, or refuses with a <see cref="Microsoft.AspNetCore.SignalR.HubException"/>.
/// Role and jurisdiction checks (分級查詢權限) belong here and nowhere else.
/// </summary>
public interface IScopeAuthorizer
{
    ValueTask<LiveScope> AuthorizeAsync(ClaimsPrincipal? user, string? scope);
}
