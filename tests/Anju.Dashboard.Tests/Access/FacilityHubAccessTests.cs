using Anju.Access;
using Anju.Dashboard.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;

namespace Anju.Dashboard.Tests.Access;

/// <summary>Who may watch an estate's facilities (<c>facilities/{estate}</c>) and a work queue (<c>queue/{id}</c>):
/// a property company its own contract's queue and its estate's facilities, not a neighbouring contract's queue or
/// the housing office's; the district operator the district's office queue and every contract queue of the district.</summary>
[Collection(LiveCollection.Name)]
public sealed class FacilityHubAccessTests(LiveStack stack)
{
    [Fact]
    public async Task A_company_watches_its_own_queue_and_its_estates_facilities_but_not_another_contracts_queue_or_the_office_queue()
    {
        var own = await stack.Api.RegisterAsync("棠德保障房", "TH", 1);
        var other = await stack.Api.RegisterAsync("车陂保障房", "TH", 1);
        var contract = await stack.Api.ContractAsync(own, "棠德物业");
        var neighbour = await stack.Api.ContractAsync(other, "车陂物业");
        var user = await AccountAsync("company", new Grant(Role.PropertyCompany, ScopeKind.Contract, contract));
        await using var screen = await LiveScreen.ConnectAsync(stack.Dashboard, user);

        var queue = await screen.SubscribeAsync($"queue/{contract}");
        Assert.Equal("queue", queue.GetProperty("kind").GetString());
        Assert.Equal(contract, queue.GetProperty("payload").GetProperty("queueId").GetString());
        var facilities = await screen.SubscribeAsync($"facilities/{own}");
        Assert.Equal(own, facilities.GetProperty("payload").GetProperty("estateId").GetString());

        foreach (var scope in new[] { $"queue/{neighbour}", "queue/office-TH", $"facilities/{other}", "queue/HT-nobody" })
        {
            var refusal = await Assert.ThrowsAsync<HubException>(() => screen.SubscribeAsync(scope));
            Assert.Contains("forbidden", refusal.Message);
        }
    }

    [Fact]
    public async Task A_district_operator_watches_the_office_queue_and_the_districts_contract_queues_but_not_another_districts()
    {
        var own = await stack.Api.RegisterAsync("员村保障房", "TH", 1);
        var away = await stack.Api.RegisterAsync("南洲保障房", "HZ", 1);
        var contract = await stack.Api.ContractAsync(own);
        var foreign = await stack.Api.ContractAsync(away);
        var user = await AccountAsync("th-facilities", new Grant(Role.DistrictOperator, ScopeKind.District, "TH"));
        await using var screen = await LiveScreen.ConnectAsync(stack.Dashboard, user);

        await screen.SubscribeAsync("queue/office-TH");
        await screen.SubscribeAsync($"queue/{contract}");
        await screen.SubscribeAsync($"facilities/{own}");

        foreach (var scope in new[] { "queue/office-HZ", $"queue/{foreign}", $"facilities/{away}" })
        {
            var refusal = await Assert.ThrowsAsync<HubException>(() => screen.SubscribeAsync(scope));
            Assert.Contains("forbidden", refusal.Message);
        }
    }

    [Fact]
    public async Task Malformed_queue_and_facilities_scopes_are_refused_as_invalid()
    {
        await using var screen = await LiveScreen.ConnectAsync(stack.Dashboard);

        foreach (var scope in new[] { "queue/", "queue/a b", "facilities/", "facilities/../x" })
        {
            var refusal = await Assert.ThrowsAsync<HubException>(() => screen.SubscribeAsync(scope));
            Assert.Contains("invalid-scope", refusal.Message);
        }

        var missing = await Assert.ThrowsAsync<HubException>(() => screen.SubscribeAsync("queue/HT-nobody"));
        Assert.Contains("not-found", missing.Message);
    }

    private async Task<string> AccountAsync(string prefix, params Grant[] grants)
    {
        var user = $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 9)];
        await TestAccounts.EnsureAsync(stack.Silo.ConnectionString, user, grants);
        return user;
    }
}
