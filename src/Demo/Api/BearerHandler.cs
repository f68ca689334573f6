using System.Net;
using System.Net.Http.Headers;

namespace Anju.Demo.Api;

/// <summary>Puts the session's bearer token on each request of a client. A 401 means the silo no longer takes that
/// token (the account was changed since), so the session drops it and the next request signs in afresh.</summary>
internal sealed class BearerHandler(ApiSession session) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = await session.AccessTokenAsync(cancellationToken);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            session.Refused(token);
        }

        return response;
    }
}
