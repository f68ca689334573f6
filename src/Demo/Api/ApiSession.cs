using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Anju.Demo.Api;

/// <summary>
/// One account signed in to the API, shared by every client and hub connection that works as it. Signs in on first use
/// (<c>POST /api/auth/token</c>, with the authenticator's current code when the account has one), renews the bearer
/// token with the refresh token shortly before it expires (<c>POST /api/auth/refresh</c>: a token lives 15 minutes by
/// default, a <c>drive</c> for hours), and signs in afresh when the refresh is refused (the refresh token expired, or
/// the account changed). A refused sign-in throws <see cref="ApiSignInException"/> naming the account and the remedy;
/// no answer at all throws <see cref="HttpRequestException"/>, which callers already retry.
/// </summary>
public sealed class ApiSession : IDisposable
{
    /// <summary>Renew this long before expiry (or after three quarters of a shorter lifetime), so no request carries a
    /// token that expires on the way.</summary>
    private static readonly TimeSpan RenewAhead = TimeSpan.FromMinutes(1);

    private readonly HttpClient _auth;
    private readonly ApiCredentials _credentials;
    private readonly TimeProvider _clock;
    private readonly SemaphoreSlim _renewing = new(1, 1);
    private Tokens? _tokens;
    private int _signIns;
    private int _refreshes;

    public ApiSession(Uri api, ApiCredentials credentials, TimeProvider? clock = null)
    {
        _credentials = credentials;
        _clock = clock ?? TimeProvider.System;
        _auth = new HttpClient { BaseAddress = AnjuApi.WithTrailingSlash(api), Timeout = TimeSpan.FromSeconds(30) };
    }

    public string UserName => _credentials.UserName;

    /// <summary>Sign-ins with the password so far.</summary>
    public int SignIns => Volatile.Read(ref _signIns);

    /// <summary>Tokens renewed with a refresh token so far.</summary>
    public int Refreshes => Volatile.Read(ref _refreshes);

    /// <summary>A bearer token good for a while yet: the current one, else a renewed one (one renewal at a time).</summary>
    public async Task<string> AccessTokenAsync(CancellationToken ct)
    {
        if (Volatile.Read(ref _tokens) is { } current && _clock.GetUtcNow() < current.RenewAt)
        {
            return current.Access;
        }

        await _renewing.WaitAsync(ct);
        try
        {
            if (Volatile.Read(ref _tokens) is { } fresh && _clock.GetUtcNow() < fresh.RenewAt)
            {
                return fresh.Access;
            }

            var renewed = (_tokens?.Refresh is { } refresh ? await RefreshAsync(refresh, ct) : null) ?? await SignInAsync(ct);
            Volatile.Write(ref _tokens, renewed);
            return renewed.Access;
        }
        finally
        {
            _renewing.Release();
        }
    }

    /// <summary>The API answered 401 to <paramref name="accessToken"/>: the next request signs in afresh rather than
    /// use or refresh it (a changed account's refresh token is refused too).</summary>
    public void Refused(string accessToken)
    {
        if (Volatile.Read(ref _tokens) is { } current && current.Access == accessToken)
        {
            Interlocked.CompareExchange(ref _tokens, null, current);
        }
    }

    /// <summary>A handler that sends through <paramref name="inner"/> with this account's bearer token.</summary>
    public DelegatingHandler Authorize(HttpMessageHandler inner) => new BearerHandler(this) { InnerHandler = inner };

    public void Dispose()
    {
        _auth.Dispose();
        _renewing.Dispose();
    }

    private async Task<Tokens?> RefreshAsync(string refreshToken, CancellationToken ct)
    {
        var asked = _clock.GetUtcNow();
        using var response = await _auth.PostAsJsonAsync("api/auth/refresh", new { refreshToken }, ct);
        if (response.StatusCode is >= HttpStatusCode.BadRequest and < HttpStatusCode.InternalServerError)
        {
            return null; // expired or revoked: sign in with the password instead
        }

        var tokens = await ReadAsync(response, asked, ct);
        Interlocked.Increment(ref _refreshes);
        return tokens;
    }

    private async Task<Tokens> SignInAsync(CancellationToken ct)
    {
        var asked = _clock.GetUtcNow();
        var proof = new { userName = _credentials.UserName, password = _credentials.Password, code = _credentials.Code() };
        using var response = await _auth.PostAsJsonAsync("api/auth/token", proof, ct);
        if (response.StatusCode is >= HttpStatusCode.BadRequest and < HttpStatusCode.InternalServerError)
        {
            throw new ApiSignInException(await RefusalAsync(response, ct));
        }

        var tokens = await ReadAsync(response, asked, ct);
        Interlocked.Increment(ref _signIns);
        return tokens;
    }

    private async Task<Tokens> ReadAsync(HttpResponseMessage response, DateTimeOffset asked, CancellationToken ct)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"Signing in as {UserName}: {(int)response.StatusCode} {response.ReasonPhrase}", null, response.StatusCode);
        }

        var answer = await response.Content.ReadFromJsonAsync<TokenAnswer>(ApiJson.Options, ct)
            ?? throw new HttpRequestException($"Signing in as {UserName}: an empty answer.");
        var lifetime = TimeSpan.FromSeconds(answer.ExpiresIn);
        var ahead = lifetime / 4 < RenewAhead ? lifetime / 4 : RenewAhead;
        return new Tokens(answer.AccessToken, answer.RefreshToken, asked + lifetime - ahead);
    }

    /// <summary>Which account was refused, why (the problem's detail and reason), and what to do about it.</summary>
    private async Task<string> RefusalAsync(HttpResponseMessage response, CancellationToken ct)
    {
        string? detail = null, reason = null;
        try
        {
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
            detail = problem.TryGetProperty("detail", out var d) ? d.GetString() : null;
            reason = problem.TryGetProperty("reason", out var r) ? r.GetString() : null;
        }
        catch (JsonException)
        {
            // Not a problem document: the status says enough.
        }

        var why = response.StatusCode == HttpStatusCode.TooManyRequests
            ? "too many sign-ins from this address just now; wait a minute and try again"
            : detail ?? response.ReasonPhrase;
        var hint = reason switch
        {
            "two-factor-required" => " The account signs in with two factors: give its authenticator key (--totp-key or ANJU_TOTP_KEY).",
            "locked-out" => " It stays locked for a while after repeated failures.",
            _ => "",
        };
        return $"Signing in to {_auth.BaseAddress} as {UserName} was refused ({(int)response.StatusCode}: {why}).{hint} {_credentials.IfRefused}";
    }

    private sealed record Tokens(string Access, string? Refresh, DateTimeOffset RenewAt);

    private sealed record TokenAnswer(string AccessToken, long ExpiresIn, string? RefreshToken);
}
