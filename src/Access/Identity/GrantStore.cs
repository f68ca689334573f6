using Npgsql;

namespace Anju.Access.Identity;

/// <summary>The role × scope grants of each user (<c>anju_user_grants</c>).</summary>
public sealed class GrantStore(NpgsqlDataSource database)
{
    public async Task<IReadOnlyList<Grant>> OfAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var command = database.CreateCommand(
            "SELECT role, scope_kind, scope_id FROM anju_user_grants WHERE user_id = $1 ORDER BY role, scope_kind, scope_id");
        command.Parameters.Add(new NpgsqlParameter { Value = userId });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var grants = new List<Grant>();
        while (await reader.ReadAsync(cancellationToken))
        {
            if (Enum.TryParse<Role>(reader.GetString(0), out var role) && Enum.TryParse<ScopeKind>(reader.GetString(1), out var scope))
            {
                grants.Add(new Grant(role, scope, reader.GetString(2)));
            }
        }

        return grants;
    }

    /// <summary>Every user's grants in one query (the administrator's list), by user id.</summary>
    public async Task<ILookup<string, Grant>> AllAsync(CancellationToken cancellationToken = default)
    {
        await using var command = database.CreateCommand("SELECT user_id, role, scope_kind, scope_id FROM anju_user_grants ORDER BY user_id, role, scope_kind, scope_id");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<(string UserId, Grant Grant)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            if (Enum.TryParse<Role>(reader.GetString(1), out var role) && Enum.TryParse<ScopeKind>(reader.GetString(2), out var scope))
            {
                rows.Add((reader.GetString(0), new Grant(role, scope, reader.GetString(3))));
            }
        }

        return rows.ToLookup(r => r.UserId, r => r.Grant, StringComparer.Ordinal);
    }

    /// <summary>Replaces a user's grants in one transaction.</summary>
    public async Task ReplaceAsync(string userId, IReadOnlyCollection<Grant> grants, string grantedBy, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var delete = new NpgsqlCommand("DELETE FROM anju_user_grants WHERE user_id = $1", connection, transaction))
        {
            delete.Parameters.Add(new NpgsqlParameter { Value = userId });
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var grant in grants.Distinct())
        {
            await using var insert = new NpgsqlCommand(
                "INSERT INTO anju_user_grants (user_id, role, scope_kind, scope_id, granted_by) VALUES ($1, $2, $3, $4, $5)", connection, transaction);
            insert.Parameters.Add(new NpgsqlParameter { Value = userId });
            insert.Parameters.Add(new NpgsqlParameter { Value = grant.Role.ToString() });
            insert.Parameters.Add(new NpgsqlParameter { Value = grant.Scope.ToString() });
            insert.Parameters.Add(new NpgsqlParameter { Value = grant.ScopeId });
            insert.Parameters.Add(new NpgsqlParameter { Value = grantedBy });
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }
}
