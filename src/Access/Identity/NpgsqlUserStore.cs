using Microsoft.AspNetCore.Identity;
using Npgsql;

namespace Anju.Access.Identity;

/// <summary>
/// ASP.NET Core Identity's user store on PostgreSQL (<c>anju_users</c>), written on Npgsql so the schema stays
/// in our own migrations. Identity does the security: hashing, lockout counting, stamps and TOTP are its own;
/// this class only loads and saves the row. An update checks the concurrency stamp it loaded, so two
/// concurrent changes of one account cannot silently overwrite each other.
/// </summary>
public sealed class NpgsqlUserStore(NpgsqlDataSource database) :
    IUserPasswordStore<AnjuUser>,
    IUserSecurityStampStore<AnjuUser>,
    IUserLockoutStore<AnjuUser>,
    IUserTwoFactorStore<AnjuUser>,
    IUserAuthenticatorKeyStore<AnjuUser>,
    IUserTwoFactorRecoveryCodeStore<AnjuUser>,
    IUserLoginStore<AnjuUser>
{
    private const string Columns = """
        id, user_name, normalized_user_name, display_name, password_hash, security_stamp, concurrency_stamp,
        lockout_enabled, lockout_end, access_failed_count, two_factor_enabled, authenticator_key, recovery_codes,
        must_change_password, disabled, created_at
        """;

    public async Task<IdentityResult> CreateAsync(AnjuUser user, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand($"""
            INSERT INTO anju_users ({Columns}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, now())
            ON CONFLICT DO NOTHING
            """);
        Bind(command, user);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1
            ? IdentityResult.Success
            : IdentityResult.Failed(new IdentityErrorDescriber().DuplicateUserName(user.UserName));
    }

    public async Task<IdentityResult> UpdateAsync(AnjuUser user, CancellationToken cancellationToken)
    {
        var loaded = user.ConcurrencyStamp;
        user.ConcurrencyStamp = Guid.NewGuid().ToString("N");
        await using var command = database.CreateCommand("""
            UPDATE anju_users SET user_name = $2, normalized_user_name = $3, display_name = $4, password_hash = $5,
                security_stamp = $6, concurrency_stamp = $7, lockout_enabled = $8, lockout_end = $9, access_failed_count = $10,
                two_factor_enabled = $11, authenticator_key = $12, recovery_codes = $13, must_change_password = $14, disabled = $15
            WHERE id = $1 AND concurrency_stamp = $16
            """);
        Bind(command, user);
        command.Parameters.Add(new NpgsqlParameter { Value = loaded });
        if (await command.ExecuteNonQueryAsync(cancellationToken) == 1)
        {
            return IdentityResult.Success;
        }

        user.ConcurrencyStamp = loaded;
        return IdentityResult.Failed(new IdentityErrorDescriber().ConcurrencyFailure());
    }

    public async Task<IdentityResult> DeleteAsync(AnjuUser user, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand("DELETE FROM anju_users WHERE id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = user.Id });
        await command.ExecuteNonQueryAsync(cancellationToken);
        return IdentityResult.Success;
    }

    public Task<AnjuUser?> FindByIdAsync(string userId, CancellationToken cancellationToken) =>
        FindAsync("id = $1", userId, cancellationToken);

    public Task<AnjuUser?> FindByNameAsync(string normalizedUserName, CancellationToken cancellationToken) =>
        FindAsync("normalized_user_name = $1", normalizedUserName, cancellationToken);

    /// <summary>Every account, by user name (the administrator's list).</summary>
    public async Task<IReadOnlyList<AnjuUser>> ListAsync(CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand($"SELECT {Columns} FROM anju_users ORDER BY normalized_user_name");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var users = new List<AnjuUser>();
        while (await reader.ReadAsync(cancellationToken))
        {
            users.Add(Read(reader));
        }

        return users;
    }

    private async Task<AnjuUser?> FindAsync(string where, string value, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand($"SELECT {Columns} FROM anju_users WHERE {where}");
        command.Parameters.Add(new NpgsqlParameter { Value = value });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    private static AnjuUser Read(NpgsqlDataReader r) => new()
    {
        Id = r.GetString(0),
        UserName = r.GetString(1),
        NormalizedUserName = r.GetString(2),
        DisplayName = r.GetString(3),
        PasswordHash = r.IsDBNull(4) ? null : r.GetString(4),
        SecurityStamp = r.GetString(5),
        ConcurrencyStamp = r.GetString(6),
        LockoutEnabled = r.GetBoolean(7),
        LockoutEnd = r.IsDBNull(8) ? null : r.GetFieldValue<DateTimeOffset>(8),
        AccessFailedCount = r.GetInt32(9),
        TwoFactorEnabled = r.GetBoolean(10),
        AuthenticatorKey = r.IsDBNull(11) ? null : r.GetString(11),
        RecoveryCodes = r.IsDBNull(12) ? null : r.GetString(12),
        MustChangePassword = r.GetBoolean(13),
        Disabled = r.GetBoolean(14),
        CreatedAt = r.GetFieldValue<DateTimeOffset>(15),
    };

    private static void Bind(NpgsqlCommand command, AnjuUser user)
    {
        object?[] values =
        [
            user.Id, user.UserName, user.NormalizedUserName, user.DisplayName, user.PasswordHash, user.SecurityStamp,
            user.ConcurrencyStamp, user.LockoutEnabled, user.LockoutEnd?.ToUniversalTime(), user.AccessFailedCount, user.TwoFactorEnabled,
            user.AuthenticatorKey, user.RecoveryCodes, user.MustChangePassword, user.Disabled,
        ];
        foreach (var value in values)
        {
            command.Parameters.Add(value is null ? new NpgsqlParameter { Value = DBNull.Value, NpgsqlDbType = TypeOf(command.Parameters.Count) } : new NpgsqlParameter { Value = value });
        }
    }

    /// <summary>The type of a null parameter, by its position in <see cref="Bind"/>.</summary>
    private static NpgsqlTypes.NpgsqlDbType TypeOf(int position) =>
        position == 8 ? NpgsqlTypes.NpgsqlDbType.TimestampTz : NpgsqlTypes.NpgsqlDbType.Text;

    public Task<string> GetUserIdAsync(AnjuUser user, CancellationToken cancellationToken) => Task.FromResult(user.Id);

    public Task<string?> GetUserNameAsync(AnjuUser user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.UserName);

    public Task SetUserNameAsync(AnjuUser user, string? userName, CancellationToken cancellationToken) =>
        Set(() => user.UserName = userName ?? "");

    public Task<string?> GetNormalizedUserNameAsync(AnjuUser user, CancellationToken cancellationToken) =>
        Task.FromResult<string?>(user.NormalizedUserName);

    public Task SetNormalizedUserNameAsync(AnjuUser user, string? normalizedName, CancellationToken cancellationToken) =>
        Set(() => user.NormalizedUserName = normalizedName ?? "");

    public Task SetPasswordHashAsync(AnjuUser user, string? passwordHash, CancellationToken cancellationToken) =>
        Set(() => user.PasswordHash = passwordHash);

    public Task<string?> GetPasswordHashAsync(AnjuUser user, CancellationToken cancellationToken) => Task.FromResult(user.PasswordHash);

    public Task<bool> HasPasswordAsync(AnjuUser user, CancellationToken cancellationToken) => Task.FromResult(user.PasswordHash is not null);

    public Task SetSecurityStampAsync(AnjuUser user, string stamp, CancellationToken cancellationToken) => Set(() => user.SecurityStamp = stamp);

    public Task<string?> GetSecurityStampAsync(AnjuUser user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.SecurityStamp);

    public Task<DateTimeOffset?> GetLockoutEndDateAsync(AnjuUser user, CancellationToken cancellationToken) => Task.FromResult(user.LockoutEnd);

    public Task SetLockoutEndDateAsync(AnjuUser user, DateTimeOffset? lockoutEnd, CancellationToken cancellationToken) =>
        Set(() => user.LockoutEnd = lockoutEnd);

    public Task<int> IncrementAccessFailedCountAsync(AnjuUser user, CancellationToken cancellationToken) =>
        Task.FromResult(++user.AccessFailedCount);

    public Task ResetAccessFailedCountAsync(AnjuUser user, CancellationToken cancellationToken) => Set(() => user.AccessFailedCount = 0);

    public Task<int> GetAccessFailedCountAsync(AnjuUser user, CancellationToken cancellationToken) => Task.FromResult(user.AccessFailedCount);

    public Task<bool> GetLockoutEnabledAsync(AnjuUser user, CancellationToken cancellationToken) => Task.FromResult(user.LockoutEnabled);

    public Task SetLockoutEnabledAsync(AnjuUser user, bool enabled, CancellationToken cancellationToken) => Set(() => user.LockoutEnabled = enabled);

    public Task SetTwoFactorEnabledAsync(AnjuUser user, bool enabled, CancellationToken cancellationToken) => Set(() => user.TwoFactorEnabled = enabled);

    public Task<bool> GetTwoFactorEnabledAsync(AnjuUser user, CancellationToken cancellationToken) => Task.FromResult(user.TwoFactorEnabled);

    public Task SetAuthenticatorKeyAsync(AnjuUser user, string key, CancellationToken cancellationToken) => Set(() => user.AuthenticatorKey = key);

    public Task<string?> GetAuthenticatorKeyAsync(AnjuUser user, CancellationToken cancellationToken) => Task.FromResult(user.AuthenticatorKey);

    public Task ReplaceCodesAsync(AnjuUser user, IEnumerable<string> recoveryCodes, CancellationToken cancellationToken) =>
        Set(() => user.RecoveryCodes = string.Join(';', recoveryCodes));

    public Task<bool> RedeemCodeAsync(AnjuUser user, string code, CancellationToken cancellationToken)
    {
        var codes = (user.RecoveryCodes ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries).ToList();
        var redeemed = codes.Remove(code);
        user.RecoveryCodes = string.Join(';', codes);
        return Task.FromResult(redeemed);
    }

    public Task<int> CountCodesAsync(AnjuUser user, CancellationToken cancellationToken) =>
        Task.FromResult((user.RecoveryCodes ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries).Length);

    public async Task AddLoginAsync(AnjuUser user, UserLoginInfo login, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand(
            "INSERT INTO anju_user_logins (login_provider, provider_key, user_id, display_name) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING");
        command.Parameters.Add(new NpgsqlParameter { Value = login.LoginProvider });
        command.Parameters.Add(new NpgsqlParameter { Value = login.ProviderKey });
        command.Parameters.Add(new NpgsqlParameter { Value = user.Id });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)login.ProviderDisplayName ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task RemoveLoginAsync(AnjuUser user, string loginProvider, string providerKey, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand("DELETE FROM anju_user_logins WHERE login_provider = $1 AND provider_key = $2 AND user_id = $3");
        command.Parameters.Add(new NpgsqlParameter { Value = loginProvider });
        command.Parameters.Add(new NpgsqlParameter { Value = providerKey });
        command.Parameters.Add(new NpgsqlParameter { Value = user.Id });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IList<UserLoginInfo>> GetLoginsAsync(AnjuUser user, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand("SELECT login_provider, provider_key, display_name FROM anju_user_logins WHERE user_id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = user.Id });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var logins = new List<UserLoginInfo>();
        while (await reader.ReadAsync(cancellationToken))
        {
            logins.Add(new UserLoginInfo(reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2)));
        }

        return logins;
    }

    public async Task<AnjuUser?> FindByLoginAsync(string loginProvider, string providerKey, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand("SELECT user_id FROM anju_user_logins WHERE login_provider = $1 AND provider_key = $2");
        command.Parameters.Add(new NpgsqlParameter { Value = loginProvider });
        command.Parameters.Add(new NpgsqlParameter { Value = providerKey });
        return await command.ExecuteScalarAsync(cancellationToken) is string id ? await FindByIdAsync(id, cancellationToken) : null;
    }

    public void Dispose()
    {
    }

    private static Task Set(Action change)
    {
        change();
        return Task.CompletedTask;
    }
}
