namespace Anju.Demo.Api;

/// <summary>
/// The accounts a demo command works as, one <see cref="ApiSession"/> each, made on first use and shared where two posts
/// are the same account. Separation of duties decides which: <see cref="Data"/> seeds, rosters and drives (demo-driver:
/// the housing office and security supervision, city-wide); <see cref="Admin"/> creates ingest keys and reads
/// diagnostics (demo-admin: an administrator holds no data permission, an operator no admin one); <see cref="Screens"/>
/// watches the live hub (demo-city: the city's and every district's figures, no personal data); <see cref="Company"/>
/// and <see cref="GridStaff"/> (demo-property, demo-grid), when the file lists them, work and verify the featured
/// estate's work orders; <see cref="Agency"/> (demo-agency, granted on the contract AG-DEMO-TH) works its estates'
/// casework, so the agency's KPIs count its records.
/// </summary>
public sealed class DemoAccounts(Uri api, ApiCredentials data, ApiCredentials admin, ApiCredentials screens,
    ApiCredentials? company = null, ApiCredentials? gridStaff = null, ApiCredentials? agency = null) : IDisposable
{
    public const string DriverUser = "demo-driver";
    public const string AdminUser = "demo-admin";
    public const string ScreensUser = "demo-city";
    public const string CompanyUser = "demo-property";
    public const string GridStaffUser = "demo-grid";
    public const string AgencyUser = "demo-agency";

    private readonly Dictionary<string, ApiSession> _sessions = new(StringComparer.Ordinal);

    public ApiSession Data => Session(data);

    public ApiSession Admin => Session(admin);

    public ApiSession Screens => Session(screens);

    /// <summary>The featured estate's property company, or null when the credentials file does not list it.</summary>
    public ApiSession? Company => company is null ? null : Session(company);

    /// <summary>Grid staff of the featured estate's first grid, or null when the credentials file does not list them.</summary>
    public ApiSession? GridStaff => gridStaff is null ? null : Session(gridStaff);

    /// <summary>The third-party agency, or null when the credentials file does not list it.</summary>
    public ApiSession? Agency => agency is null ? null : Session(agency);

    public void Dispose()
    {
        lock (_sessions)
        {
            foreach (var session in _sessions.Values)
            {
                session.Dispose();
            }

            _sessions.Clear();
        }
    }

    private ApiSession Session(ApiCredentials credentials)
    {
        lock (_sessions)
        {
            if (!_sessions.TryGetValue(credentials.UserName, out var session))
            {
                session = new ApiSession(api, credentials);
                _sessions.Add(credentials.UserName, session);
            }

            return session;
        }
    }
}
