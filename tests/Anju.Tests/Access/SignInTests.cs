using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Anju.Access;
using Anju.Tests.Infrastructure;
using OtpNet;

namespace Anju.Tests.Access;

/// <summary>Who may sign in and what a session may do: lockout, two factors, one-time passwords, expired and revoked
/// credentials, anti-forgery on cookie writes, JSON-only writes, rate limits, separation of duties, approvals by post.
/// This class's silo locks an account after three failures and re-reads accounts every second, so revocation is seen
/// quickly.</summary>
[Collection(PostgresCollection.Name)]
public sealed class SignInTests(SignInTests.StrictSilo fixture) : IClassFixture<SignInTests.StrictSilo>
{
    private readonly RunningSilo _silo = fixture.Silo;

    /// <summary>A silo (and database) of this class's own: its lockout and session checks differ from the shared one's.</summary>
    public sealed class StrictSilo() : SiloFixture(new Dictionary<string, string?>
    {
        ["Access:SessionCheckEvery"] = "00:00:01",
        ["Access:LockoutAttempts"] = "3",
    });

    private Task<HttpResponseMessage> TokenAsync(string userName, string password, string? code = null) =>
        _silo.Anonymous.PostAsJsonAsync("/api/auth/token", new { userName, password, code });

    private static async Task<string?> ReasonAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return problem.TryGetProperty("reason", out var reason) ? reason.GetString() : null;
    }

    [Fact]
    public async Task Repeated_failures_lock_the_account_and_then_even_the_right_password_is_refused()
    {
        await TestAccounts.EnsureAsync(_silo.ConnectionString, "si-lock", [new Grant(Role.CityOperator, ScopeKind.City, "")], twoFactor: false);
        Assert.Null(await ReasonAsync(await TokenAsync("si-lock", "wrong-password-1A")));
        Assert.Null(await ReasonAsync(await TokenAsync("si-lock", "wrong-password-1A")));
        Assert.Equal("locked-out", await ReasonAsync(await TokenAsync("si-lock", "wrong-password-1A"))); // Access:LockoutAttempts = 3

        Assert.Equal("locked-out", await ReasonAsync(await TokenAsync("si-lock", TestAccounts.Password)));
        Assert.Null(await ReasonAsync(await TokenAsync("nobody-such", TestAccounts.Password))); // unknown names look like bad passwords

        await (await _silo.Admin.PostAsync("/api/admin/users/si-lock/unlock", null)).Content.ReadAsStringAsync();
        (await TokenAsync("si-lock", TestAccounts.Password)).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task An_account_with_an_authenticator_needs_its_code()
    {
        await TestAccounts.EnsureAsync(_silo.ConnectionString, "si-2fa", [new Grant(Role.HousingOffice, ScopeKind.City, "")]);
        Assert.Equal("two-factor-required", await ReasonAsync(await TokenAsync("si-2fa", TestAccounts.Password)));
        Assert.Null(await ReasonAsync(await TokenAsync("si-2fa", TestAccounts.Password, "000000")));
        (await TokenAsync("si-2fa", TestAccounts.Password, TestAccounts.Code())).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task A_new_account_changes_its_one_time_password_and_enrols_an_authenticator_before_it_reads_anything()
    {
        var created = await _silo.Admin.PostAsJsonAsync("/api/admin/users", new
        {
            userName = "si-new", displayName = "新同事", grants = new[] { new { role = "HousingOffice", scope = "City", scopeId = "" } },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var oneTime = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("password").GetString()!;

        using var client = await BearerAsync("si-new", oneTime);
        Assert.Equal("change-password", (await client.GetFromJsonAsync<JsonElement>("/api/auth/me")).GetProperty("session").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/city")).StatusCode);
        var weak = await client.PostAsJsonAsync("/api/auth/password", new { currentPassword = oneTime, newPassword = "short" });
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        (await client.PostAsJsonAsync("/api/auth/password", new { currentPassword = oneTime, newPassword = "New-Password-2026" })).EnsureSuccessStatusCode();

        // The housing office reads personal data: two factors before anything else.
        using var enrolling = await BearerAsync("si-new", "New-Password-2026");
        Assert.Equal("enrol-two-factor", (await enrolling.GetFromJsonAsync<JsonElement>("/api/auth/me")).GetProperty("session").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await enrolling.GetAsync("/api/city")).StatusCode);
        var setup = await (await enrolling.PostAsync("/api/auth/two-factor/setup", null)).Content.ReadFromJsonAsync<JsonElement>();
        var key = setup.GetProperty("sharedKey").GetString()!;
        Assert.StartsWith("otpauth://totp/", setup.GetProperty("authenticatorUri").GetString(), StringComparison.Ordinal);
        var enabled = await enrolling.PostAsJsonAsync("/api/auth/two-factor/enable", new { code = new Totp(Base32Encoding.ToBytes(key)).ComputeTotp() });
        enabled.EnsureSuccessStatusCode();
        Assert.Equal(8, (await enabled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("recoveryCodes").GetArrayLength());

        var full = await TokenAsync("si-new", "New-Password-2026", new Totp(Base32Encoding.ToBytes(key)).ComputeTotp());
        full.EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task A_disabled_account_loses_its_token_and_its_refresh_token()
    {
        await TestAccounts.EnsureAsync(_silo.ConnectionString, "si-revoked", [new Grant(Role.CityOperator, ScopeKind.City, "")], twoFactor: false);
        var answer = await (await TokenAsync("si-revoked", TestAccounts.Password)).Content.ReadFromJsonAsync<JsonElement>();
        using var client = new HttpClient { BaseAddress = _silo.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", answer.GetProperty("accessToken").GetString());
        (await client.GetAsync("/api/city")).EnsureSuccessStatusCode();
        var refreshed = await _silo.Anonymous.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = answer.GetProperty("refreshToken").GetString() });
        refreshed.EnsureSuccessStatusCode();

        (await _silo.Admin.PostAsync("/api/admin/users/si-revoked/disable", null)).EnsureSuccessStatusCode();
        await Task.Delay(TimeSpan.FromSeconds(1.5)); // Access:SessionCheckEvery
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/city")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized,
            (await _silo.Anonymous.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = answer.GetProperty("refreshToken").GetString() })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await TokenAsync("si-revoked", TestAccounts.Password)).StatusCode);
    }

    [Fact]
    public async Task Forged_and_garbled_tokens_are_401_and_say_nothing()
    {
        using var client = new HttpClient { BaseAddress = _silo.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "CfDJ8-not-a-token");
        var refused = await client.GetAsync("/api/city");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.DoesNotContain("exception", await refused.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.Unauthorized,
            (await _silo.Anonymous.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = "CfDJ8-not-a-token" })).StatusCode);
    }

    [Fact]
    public async Task A_cookie_session_writes_only_with_its_anti_forgery_token_and_only_json()
    {
        await TestAccounts.EnsureAsync(_silo.ConnectionString, "si-screen", TestAccounts.OperatorGrants);
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer() };
        using var browser = new HttpClient(handler) { BaseAddress = _silo.BaseAddress };
        var signedIn = await browser.PostAsJsonAsync("/api/auth/signin", new { userName = "si-screen", password = TestAccounts.Password, code = TestAccounts.Code() });
        signedIn.EnsureSuccessStatusCode();
        Assert.Equal("full", (await signedIn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("session").GetString());
        (await browser.GetAsync("/api/city")).EnsureSuccessStatusCode();

        var estate = Fresh.EstateId("TH");
        object Estate() => new { estateId = estate, name = "表單測試", district = "TH", street = "棠下街", floorArea = 60_000 };
        Assert.Equal(HttpStatusCode.BadRequest, (await browser.PostAsJsonAsync("/api/estates", Estate())).StatusCode);

        var token = (await browser.GetFromJsonAsync<JsonElement>("/api/auth/antiforgery")).GetProperty("token").GetString();
        browser.DefaultRequestHeaders.Add("X-XSRF-TOKEN", token);
        var form = new StringContent($"estateId={estate}", Encoding.UTF8, "text/plain");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await browser.PostAsync("/api/estates", form)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await browser.PostAsJsonAsync("/api/estates", Estate())).StatusCode);

        (await browser.PostAsync("/api/auth/signout", null)).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/city")).StatusCode);
    }

    [Fact]
    public async Task Nobody_holds_administration_beside_data_nor_changes_their_own_grants()
    {
        var both = await _silo.Admin.PostAsJsonAsync("/api/admin/users", new
        {
            userName = "si-both", displayName = "x",
            grants = new[] { new { role = "Administrator", scope = "City", scopeId = "" }, new { role = "HousingOffice", scope = "City", scopeId = "" } },
        });
        await ProblemAssert.NamesFieldAsync(both, "grants");
        var own = await _silo.Admin.PutAsJsonAsync($"/api/admin/users/{TestAccounts.Admin}/grants", new[] { new { role = "HousingOffice", scope = "City", scopeId = "" } });
        Assert.Equal(HttpStatusCode.Forbidden, own.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _silo.Http.GetAsync("/api/admin/users")).StatusCode);
    }

    [Fact]
    public async Task A_void_is_approved_by_the_callers_post_and_refused_with_403_below_the_cases_level()
    {
        var city = await AccessCity.CreateAsync(_silo.Http);
        using var property = await _silo.ClientAsync("si-property", new Grant(Role.PropertyCompany, ScopeKind.Estate, city.Estate));
        var version = (await _silo.Http.GetFromJsonAsync<JsonElement>($"/api/incidents/{city.Incident}")).GetProperty("summary").GetProperty("version").GetInt64();
        var step = new { expectedVersion = version, reason = "重複上報", approver = "DistrictSupervisor" };
        Assert.Equal(HttpStatusCode.Forbidden, (await property.PostAsJsonAsync($"/api/incidents/{city.Incident}/void", step)).StatusCode);

        using var grid = await _silo.ClientAsync("si-gridstaff", new Grant(Role.GridStaff, ScopeKind.Grid, $"{city.Estate}/G1"));
        var voided = await grid.PostAsJsonAsync($"/api/incidents/{city.Incident}/void", step);
        voided.EnsureSuccessStatusCode();
        var last = (await voided.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("history").EnumerateArray().Last();
        Assert.Equal(("si-gridstaff", "GridLeader"), (last.GetProperty("actor").GetString(), last.GetProperty("approver").GetString()));
    }

    private async Task<HttpClient> BearerAsync(string userName, string password)
    {
        var answer = await TokenAsync(userName, password);
        answer.EnsureSuccessStatusCode();
        var client = new HttpClient { BaseAddress = _silo.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer", (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString());
        return client;
    }
}
