using System.Text.Json;

namespace Anju.Demo.Api;

/// <summary>The file the silo's <c>demo-users FILE</c> command writes (deploy/run.sh runs it): a JSON array of
/// {userName, displayName, password, authenticatorKey, grants}, one per demo account.</summary>
public static class DemoUsersFile
{
    /// <summary>The accounts listed in <paramref name="file"/> by user name; empty when there is no such file.</summary>
    public static IReadOnlyDictionary<string, ApiCredentials> Read(FileInfo file, string ifRefused)
    {
        if (!file.Exists)
        {
            return new Dictionary<string, ApiCredentials>();
        }

        try
        {
            var entries = JsonSerializer.Deserialize<List<Entry>>(File.ReadAllText(file.FullName), ApiJson.Options) ?? [];
            return entries.Where(e => e is { UserName.Length: > 0, Password.Length: > 0 })
                .ToDictionary(e => e.UserName, e => new ApiCredentials(e.UserName, e.Password, e.AuthenticatorKey, ifRefused), StringComparer.Ordinal);
        }
        catch (JsonException ex)
        {
            throw new ApiSignInException($"{file.FullName} is not a file of demo accounts as `demo-users` writes it: {ex.Message}");
        }
    }

    private sealed record Entry(string UserName, string Password, string? AuthenticatorKey);
}
