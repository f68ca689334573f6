using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Anju.Access.Audit;

/// <summary>The audit log, its search and its chain check, on the host's <see cref="Npgsql.NpgsqlDataSource"/>
/// (registered by <c>AddAnjuAccess</c>).</summary>
public static class AuditSetup
{
    public static IServiceCollection AddAnjuAudit(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        // The container disposes the log when the host stops: the entries it holds are written first.
        services.TryAddSingleton<PostgresAuditLog>();
        services.TryAddSingleton<IAuditLog>(sp => sp.GetRequiredService<PostgresAuditLog>());
        services.TryAddSingleton<AuditSearch>();
        services.TryAddSingleton<AuditChain>();
        return services;
    }
}
