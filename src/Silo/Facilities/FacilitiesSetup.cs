using Anju.Facilities;

namespace Anju.Silo.Facilities;

/// <summary>The facilities capability's store besides grain storage: household notices in the grain state's database.</summary>
public static class FacilitiesSetup
{
    public static IServiceCollection AddPostgresHouseholdNotices(this IServiceCollection services, string connectionString) =>
        services.AddSingleton<IHouseholdNotices>(sp => new PostgresHouseholdNotices(connectionString, sp.GetRequiredService<TimeProvider>()));
}
