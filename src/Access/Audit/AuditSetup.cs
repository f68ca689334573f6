using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Anju.Access.Audit;

// INTERIM (replaced by the PostgreSQL audit log from branch `audit` before landing).
public static class AuditSetup
{
    public static IServiceCollection AddAnjuAudit(this IServiceCollection services) => services.AddSingleton<IAuditLog, LoggedAudit>();

    private sealed class LoggedAudit(ILogger<LoggedAudit> log) : IAuditLog
    {
        public Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default)
        {
            log.LogDebug("audit {Entry}", entry);
            return Task.CompletedTask;
        }
    }
}
