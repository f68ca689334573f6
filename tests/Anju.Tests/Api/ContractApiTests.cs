using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Anju.Tests.Infrastructure;

namespace Anju.Tests.Api;

/// <summary>The contract API on a real silo and PostgreSQL: status codes, fields named, nothing changed on refusal.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ContractApiTests(SiloFixture fixture) : IAsyncLifetime
{
    private static readonly string Today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd");
    private static readonly string NextYear = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(1).ToString("yyyy-MM-dd");

    private readonly RunningSilo _silo = fixture.Silo;

    private HttpClient Http => _silo.Http;

    /// <summary>Contracts are drawn from the company pool: the test companies are admitted first.</summary>
    public Task InitializeAsync() => TestPool.AdmitAsync(Http);

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<string> RegisterEstateAsync()
    {
        var id = Fresh.EstateId("BY");
        (await Http.PostAsJsonAsync("/api/estates", new { estateId = id, name = "白雲保障房", district = "BY", street = "同和街", floorArea = 90_000 })).EnsureSuccessStatusCode();
        return id;
    }

    private static Dictionary<string, object?> Contract(string contractId, string estateId, string creditCode = "91440101MA59ABCD1X") => new()
    {
        ["contractId"] = contractId,
        ["company"] = new { name = "廣州安居物業", creditCode },
        ["estateId"] = estateId,
        ["serviceGrade"] = 3,
        ["feePerSquareMetre"] = 2.8m,
        ["term"] = new { start = Today, end = NextYear },
        ["selection"] = "Tender",
        ["tender"] = TestPool.TenderBody(creditCode),
    };

    private static string NewContractId() => Fresh.EstateId("HT");

    private Task<HttpResponseMessage> ActAsync(string contractId, string action) =>
        Http.PostAsJsonAsync($"/api/contracts/{contractId}/actions", new { action, reason = "api test" });

    [Fact]
    public async Task A_contract_is_created_activated_and_listed_on_its_estate()
    {
        var estateId = await RegisterEstateAsync();
        var id = NewContractId();

        var created = await Http.PostAsJsonAsync("/api/contracts", Contract(id, estateId));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"/api/contracts/{id}", created.Headers.Location?.OriginalString);
        var draft = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Draft", draft.GetProperty("status").GetString());
        Assert.Equal(3, draft.GetProperty("terms").GetProperty("serviceGrade").GetInt32());

        var activated = await ActAsync(id, "activate");
        activated.EnsureSuccessStatusCode();
        var active = await activated.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Active", active.GetProperty("status").GetString());
        Assert.True(active.GetProperty("inForce").GetBoolean());
        Assert.Equal(TestAccounts.Operator, active.GetProperty("history")[0].GetProperty("actor").GetString()); // the signed-in caller

        var structure = await Http.GetFromJsonAsync<JsonElement>($"/api/estates/{estateId}/structure");
        Assert.Equal(id, structure.GetProperty("contracts").EnumerateArray().Single().GetProperty("contractId").GetString());

        (await ActAsync(id, "Terminate")).EnsureSuccessStatusCode();
        structure = await Http.GetFromJsonAsync<JsonElement>($"/api/estates/{estateId}/structure");
        Assert.Empty(structure.GetProperty("contracts").EnumerateArray());
        Assert.Equal("Terminated", (await Http.GetFromJsonAsync<JsonElement>($"/api/contracts/{id}")).GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("serviceGrade", 5, "serviceGrade")]
    [InlineData("serviceGrade", null, "serviceGrade")]
    [InlineData("feePerSquareMetre", 0, "feePerSquareMetre")]
    [InlineData("selection", "DirectAppointment", "exemptionReason")]
    [InlineData("selection", "Lottery", "selection")]
    [InlineData("contractId", "bad id!", "contractId")]
    [InlineData("estateId", "", "estateId")]
    [InlineData("company", null, "company")]
    [InlineData("creditCode", "123", "company.creditCode")]
    [InlineData("end", "2020-01-01", "term.end")]
    [InlineData("end", "far", "term.end")]
    public async Task Bad_contract_is_400_naming_the_field_and_nothing_is_stored(string key, object? value, string field)
    {
        var estateId = await RegisterEstateAsync();
        var id = NewContractId();
        var body = Contract(id, estateId);
        switch (key)
        {
            case "creditCode":
                body["company"] = new { name = "廣州安居物業", creditCode = value };
                break;
            case "end":
                body["term"] = new { start = Today, end = (string)value! == "far" ? DateOnly.FromDateTime(DateTime.UtcNow).AddYears(5).ToString("yyyy-MM-dd") : value };
                break;
            default:
                body[key] = value;
                break;
        }

        Assert.Equal(field, await ProblemAssert.FieldAsync(await Http.PostAsJsonAsync("/api/contracts", body)));
        await ProblemAssert.StatusAsync(await Http.GetAsync($"/api/contracts/{id}"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Bad_actions_are_400_naming_the_field()
    {
        var estateId = await RegisterEstateAsync();
        var id = NewContractId();
        (await Http.PostAsJsonAsync("/api/contracts", Contract(id, estateId))).EnsureSuccessStatusCode();
        var before = await Http.GetStringAsync($"/api/contracts/{id}");

        Assert.Equal("action", await ProblemAssert.FieldAsync(await ActAsync(id, "Demolish")));
        Assert.Equal("body", await ProblemAssert.FieldAsync(await Http.PostAsync($"/api/contracts/{id}/actions", new StringContent("null", Encoding.UTF8, "application/json"))));

        Assert.Equal(before, await Http.GetStringAsync($"/api/contracts/{id}"));
    }

    [Fact]
    public async Task Unknown_contracts_and_estates_are_404()
    {
        await ProblemAssert.StatusAsync(await Http.GetAsync("/api/contracts/HT-404X"), HttpStatusCode.NotFound);
        await ProblemAssert.StatusAsync(await ActAsync("HT-404X", "Activate"), HttpStatusCode.NotFound);
        await ProblemAssert.StatusAsync(await Http.PostAsJsonAsync("/api/contracts", Contract(NewContractId(), "BY-404X")), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_second_contract_for_the_estate_is_409_and_changes_nothing()
    {
        var estateId = await RegisterEstateAsync();
        var (first, second) = (NewContractId(), NewContractId());
        (await Http.PostAsJsonAsync("/api/contracts", Contract(first, estateId))).EnsureSuccessStatusCode();
        (await Http.PostAsJsonAsync("/api/contracts", Contract(second, estateId, "91440106MA5CEFGH2Y"))).EnsureSuccessStatusCode();
        (await ActAsync(first, "Activate")).EnsureSuccessStatusCode();
        var secondBefore = await Http.GetStringAsync($"/api/contracts/{second}");
        var structureBefore = await Http.GetStringAsync($"/api/estates/{estateId}/structure");

        await ProblemAssert.StatusAsync(await ActAsync(second, "Activate"), HttpStatusCode.Conflict);
        await ProblemAssert.StatusAsync(await ActAsync(second, "Resume"), HttpStatusCode.Conflict);
        var recreated = Contract(second, estateId, "91440106MA5CEFGH2Y");
        recreated["serviceGrade"] = 1;
        await ProblemAssert.StatusAsync(await Http.PostAsJsonAsync("/api/contracts", recreated), HttpStatusCode.Conflict);

        Assert.Equal(secondBefore, await Http.GetStringAsync($"/api/contracts/{second}"));
        Assert.Equal(structureBefore, await Http.GetStringAsync($"/api/estates/{estateId}/structure"));
    }

    [Fact]
    public async Task Repeating_the_same_creation_is_201_and_harmless()
    {
        var estateId = await RegisterEstateAsync();
        var id = NewContractId();
        (await Http.PostAsJsonAsync("/api/contracts", Contract(id, estateId))).EnsureSuccessStatusCode();
        var before = await Http.GetStringAsync($"/api/contracts/{id}");

        Assert.Equal(HttpStatusCode.Created, (await Http.PostAsJsonAsync("/api/contracts", Contract(id, estateId))).StatusCode);
        Assert.Equal(before, await Http.GetStringAsync($"/api/contracts/{id}"));
    }
}
