namespace Anju.Demo;

/// <summary>Process exit codes of the demo commands.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>Some requests failed, or there was nothing to work on.</summary>
    public const int Failed = 1;

    /// <summary>The API never became healthy.</summary>
    public const int Unreachable = 2;

    /// <summary>The silo refused the sign-in, or there were no credentials to sign in with.</summary>
    public const int SignInRefused = 3;

    /// <summary>Stopped by Ctrl-C / SIGTERM before the work was done (128 + SIGINT).</summary>
    public const int Cancelled = 130;
}
