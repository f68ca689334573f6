using Anju.Demo.Api;

namespace Anju.Tests.Demo;

/// <summary>The demo client's sessions for the test accounts <see cref="RunningSilo"/> makes (the caller disposes them).</summary>
internal static class DemoSessions
{
    public static ApiSession Operator(RunningSilo silo) => As(silo, TestAccounts.Operator);

    public static ApiSession Admin(RunningSilo silo) => As(silo, TestAccounts.Admin);

    public static ApiSession As(RunningSilo silo, string userName, string password = TestAccounts.Password) =>
        new(silo.BaseAddress, new ApiCredentials(userName, password, TestAccounts.AuthenticatorKey, "(a test account: see TestAccounts)"));
}
