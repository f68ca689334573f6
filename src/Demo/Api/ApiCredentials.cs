using OtpNet;

namespace Anju.Demo.Api;

/// <summary>What an account signs in with: its name, password and, for a role that signs in with two factors, the Base32
/// key of its authenticator (the demo computes the code an authenticator app would show). <see cref="IfRefused"/> says
/// what to do when the silo refuses them, which depends on where they came from.</summary>
public sealed record ApiCredentials(string UserName, string Password, string? TotpKey, string IfRefused)
{
    /// <summary>The authenticator's code now; null for an account without two factors.</summary>
    public string? Code() => TotpKey is { Length: > 0 } key ? new Totp(Base32Encoding.ToBytes(key)).ComputeTotp() : null;

    /// <summary>The name only: a password or key must not reach a log through a record's generated text.</summary>
    public override string ToString() => UserName;
}
