using System.Net.Http.Json;
using Anju.Contracts;

namespace Anju.Testing;

/// <summary>The company pool the tests draw contracts from: a fixed set of companies (every credit code the tests use),
/// admitted idempotently, and a tender naming three of them with the winner.</summary>
public static class TestPool
{
    /// <summary>The credit codes admitted; the first three are the ones tests' contracts use.</summary>
    public static readonly IReadOnlyList<string> Codes =
        ["91440101MA59ABCD1X", "91440106MA5CEFGH2Y", "91440106MA5CABCD1X", "91440101MA59POOL1A", "91440101MA59POOL2B"];

    /// <summary>Admits every test company through <c>POST /api/pool/companies</c> (the client needs AssessContracts city-wide).</summary>
    public static async Task AdmitAsync(HttpClient http)
    {
        ArgumentNullException.ThrowIfNull(http);
        foreach (var (code, n) in Codes.Select((c, n) => (c, n)))
        {
            using var response = await http.PostAsJsonAsync("/api/pool/companies", new { name = Name(n), creditCode = code, qualification = "測試入庫" });
            response.EnsureSuccessStatusCode();
        }
    }

    /// <summary>Admits every test company straight on the pool grain.</summary>
    public static async Task AdmitAsync(IGrainFactory grains)
    {
        ArgumentNullException.ThrowIfNull(grains);
        var pool = grains.GetGrain<ICompanyPoolGrain>(Keys.CompanyPool);
        foreach (var (code, n) in Codes.Select((c, n) => (c, n)))
        {
            await pool.AdmitAsync(new PropertyCompany(Name(n), code), "測試入庫", "test");
        }
    }

    /// <summary>Three admitted candidates, the winner among them.</summary>
    public static IReadOnlyList<string> Candidates(string winner) =>
        [winner, .. Codes.Where(c => c != winner).Take(2)];

    /// <summary>A tender record for <paramref name="winner"/>.</summary>
    public static TenderRecord Tender(string winner) => new(Candidates(winner), new DateOnly(2025, 12, 1), "GZ-ZB-TEST");

    /// <summary>The tender as a request body's <c>tender</c>.</summary>
    public static object TenderBody(string winner) => new { candidates = Candidates(winner), decidedOn = "2025-12-01", reference = "GZ-ZB-TEST" };

    private static string Name(int n) => $"備選庫物業{n + 1}";
}
