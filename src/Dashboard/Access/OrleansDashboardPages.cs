using Anju.Access;
using Anju.Hosting;
using Orleans.Dashboard;

namespace Anju.Dashboard.Access;

/// <summary>
/// Orleans' own dashboard (grains, silos, calls per second, reminders) under <see cref="Path"/>, for administrators
/// only: every page, file and API call of it is declared <see cref="Permission.Administer"/>. Without a session a
/// browser is sent to the sign-in page (a program gets 401), anyone else gets 403. Its API asks the silos' dashboard
/// grains through this host's Orleans client. Not mapped when <c>Orleans:Dashboard:Enabled</c> is false.
/// </summary>
public static class OrleansDashboardPages
{
    public const string Path = "/orleans";

    public static WebApplication MapOrleansDashboardPages(this WebApplication app)
    {
        if (OrleansDashboardSettings.Read(app.Configuration).Enabled)
        {
            app.MapOrleansDashboard(Path).Allow(Permission.Administer, ScopeFrom.Anywhere);
        }

        return app;
    }
}
