using System.Net.Http.Json;
using Anju.Access;
using Anju.Dashboard.Tests.Infrastructure;

namespace Anju.Dashboard.Tests.Screens;

/// <summary>
/// Every screen at both wall sizes the command centres use (1920×1080 and 3840×2160), on live data with long names,
/// open incidents and alarms: no two panels overlap, no text runs out of its box or its panel, and the page is no wider
/// than the screen. What is inside a scrolling list may run as long as it likes (the list scrolls), and text cut with
/// an ellipsis is cut on purpose. <see cref="LayoutProbe"/> does the measuring in the page.
/// </summary>
[Collection(ScreenCollection.Name)]
public sealed class WallSizeTests(ScreenStack stack)
{
    private const string Auditor = "wall-auditor";

    private static readonly SemaphoreSlim Seeding = new(1, 1);
    private static string? _estateId;
    private static string? _contract;

    public static TheoryData<string, int, int> Screens()
    {
        var data = new TheoryData<string, int, int>();
        foreach (var screen in new[] { "index", "estate", "housing", "incidents", "security", "facilities", "queue", "audit", "admin", "signin" })
        {
            data.Add(screen, 1920, 1080);
            data.Add(screen, 3840, 2160);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task No_panel_overlaps_another_and_no_text_runs_out_of_its_panel(string screen, int width, int height)
    {
        var estateId = await SeedAsync();
        var (path, user, ready) = screen switch
        {
            "index" => ("/", TestAccounts.Operator, "#map .tile"),
            "estate" => ($"/estate.html?id={estateId}", TestAccounts.Operator, "#estate-name:not(:empty)"),
            "housing" => ("/housing.html", TestAccounts.Operator, "#estates tbody tr"),
            "incidents" => ("/incidents.html", TestAccounts.Operator, "#incident-body tr"),
            "security" => ("/security.html", TestAccounts.Operator, "#ack-list li"),
            "facilities" => ("/facilities.html", TestAccounts.Operator, "#facilities-table tbody tr"),
            "queue" => ($"/queue.html?queue={_contract}", TestAccounts.Operator, "#order-body tr"),
            "audit" => ("/audit.html", Auditor, "#person-roles:not(:empty)"),
            "admin" => ("/admin.html", TestAccounts.Admin, "#users tr"),
            _ => ("/signin.html", null, "#username"),
        };
        var page = user is null ? await stack.NewPageAsync() : await stack.SignedInPageAsync(user);
        try
        {
            await page.SetViewportSizeAsync(width, height);
            await page.GotoAsync(path);
            await page.Locator(ready).First.WaitForAsync(new() { Timeout = 15_000 });
            await page.WaitForTimeoutAsync(1000); // the next frames: later snapshots, charts sized to their panels
            var problems = await page.EvaluateAsync<string[]>(LayoutProbe.Script);
            await Artifacts.ScreenshotAsync(page, $"wall-size-{screen}-{width}");
            Assert.True(problems.Length == 0, $"{screen} at {width}×{height}:\n{string.Join('\n', problems)}");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>Once per run: estates with long names in several districts, open incidents and alarms.</summary>
    private async Task<string> SeedAsync()
    {
        await Seeding.WaitAsync();
        try
        {
            if (_estateId is not null)
            {
                return _estateId;
            }

            var silo = stack.Live.Silo;
            await TestAccounts.EnsureAsync(silo.ConnectionString, Auditor, [new Grant(Role.Auditor, ScopeKind.City, "")]);
            var api = stack.Live.Api;
            string[] ids =
            [
                await api.RegisterAsync("广州市天河区珠江新城花城大道保障性住房示范小区", "TH", 6),
                await api.RegisterAsync("海珠区琶洲会展中心东侧公共租赁住房二期", "HZ", 4),
                await api.RegisterAsync("白云区金沙洲保障房", "BY", 3),
            ];
            await api.ChangeAsync(ids[0], EstateApi.Dwelling(1), "Allocate");
            foreach (var (id, i) in ids.Select((id, i) => (id, i)))
            {
                (await silo.Http.PostAsJsonAsync("/api/incidents", new
                {
                    category = "Parking", severity = i == 0 ? "Major" : "Minor", // no critical: DeskScreenTests expects none on this stack
                    description = "车辆长时间堵塞消防通道，多次劝离无效，需物业与交警联合处置", actor = "居民",
                    location = new { estateId = id, gridId = "G1" },
                })).EnsureSuccessStatusCode();
                (await silo.Http.PostAsJsonAsync($"/api/security/estates/{id}/alarms", new
                {
                    type = "Device", severity = "Major", originator = $"sensor/B{i}-door", detail = $"{i + 1}栋东侧单元门禁控制器故障，门处于常开状态",
                })).EnsureSuccessStatusCode();
            }

            // Facilities: a contract's queue with an open order, and a fault with the housing office (no contract).
            var facilities = new FacilitiesApi(silo.Http);
            _contract = await api.ContractAsync(ids[0], "广州珠江新城物业服务有限公司（保障性住房示范项目）");
            await facilities.ReportAsync(ids[0], await facilities.RegisterLiftAsync(ids[0]), "lift-stopped", "1栋1号电梯停在12楼，轿厢门无法打开，住户反映已持续半小时");
            await facilities.ReportAsync(ids[1], await facilities.RegisterLiftAsync(ids[1]), "lift-fault");
            return _estateId = ids[0];
        }
        finally
        {
            Seeding.Release();
        }
    }
}
