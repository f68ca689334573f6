using System.Net.Http.Json;
using Anju.Access.Identity;
using Anju.Silo.Access;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;

namespace Anju.Tests.Access;

/// <summary>The demo accounts `deploy/run.sh` makes: run again on the same database (every start does), the passwords
/// and authenticator keys it answers are the ones stored, so the demo program signs in with them. A database of its
/// own: the demo accounts' passwords change here, and other tests sign in as demo-driver.</summary>
public sealed class DemoUsersTests(SiloFixture own) : IClassFixture<SiloFixture>
{
    private readonly RunningSilo _silo = own.Silo;

    [Fact]
    public async Task A_second_run_answers_credentials_that_sign_in()
    {
        for (var run = 1; run <= 2; run++)
        {
            await using var scope = _silo.Services.CreateAsyncScope();
            var written = await AccountCommands.EnsureDemoUsersAsync(
                scope.ServiceProvider.GetRequiredService<AccountAdmin>(), scope.ServiceProvider.GetRequiredService<UserManager<AnjuUser>>());
            foreach (var account in written.Where(c => c.UserName is "demo-driver" or "demo-city"))
            {
                using var answer = await _silo.Anonymous.PostAsJsonAsync("/api/auth/token", new
                {
                    userName = account.UserName, password = account.Password,
                    code = account.AuthenticatorKey is { } key ? new Totp(Base32Encoding.ToBytes(key)).ComputeTotp() : null,
                });
                Assert.True(answer.IsSuccessStatusCode, $"run {run}: {account.UserName} answered {(int)answer.StatusCode} {await answer.Content.ReadAsStringAsync()}");
            }
        }
    }
}
