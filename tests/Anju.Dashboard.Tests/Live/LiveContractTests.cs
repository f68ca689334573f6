using Anju.Live;

namespace Anju.Dashboard.Tests.Live;

/// <summary>
/// The live contract is written once, on the server: the browser's <c>wwwroot/js/contract.js</c> is generated from it
/// (<see cref="LiveContractScript"/>) and must be what the generator writes today; <c>tsc</c> in the build then holds
/// the screens to it.
/// </summary>
public sealed class LiveContractTests
{
    private const string Rewrite = "ANJU_WRITE_CONTRACT";

    [Fact]
    public void The_browser_contract_is_the_one_generated_from_the_server_s_records_scopes_and_error_codes()
    {
        var path = Path.Combine(SourceRoot(), "src", "Dashboard", "wwwroot", "js", "contract.js");
        var expected = LiveContractScript.Write();
        if (Environment.GetEnvironmentVariable(Rewrite) == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.True(File.Exists(path), $"{path} is missing: run the tests with {Rewrite}=1 to write it");
        Assert.True(File.ReadAllText(path) == expected,
            $"{path} is out of date with the server's live records, scopes or hub error codes: run the tests with {Rewrite}=1 to rewrite it");
    }

    [Fact]
    public void Every_kind_of_live_update_has_its_payload_described()
    {
        // LiveUpdate's factories are the closed set of updates; the generator names each one's payload record.
        var factories = typeof(LiveUpdate).GetMethods().Where(m => m.IsStatic && m.ReturnType == typeof(LiveUpdate))
            .Select(m => m.GetParameters()[^1].ParameterType);
        Assert.Equal(factories.Order(TypeNames.Instance), LiveContractScript.Payloads.Select(p => p.Payload).Order(TypeNames.Instance));
        Assert.Equal(Scopes.Kinds.Where(k => k != Scopes.Cluster).Order(), LiveContractScript.Payloads.Select(p => p.Kind).Order());
    }

    private static string SourceRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Anju.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Anju.slnx above {AppContext.BaseDirectory}");
    }

    private sealed class TypeNames : IComparer<Type>
    {
        public static readonly TypeNames Instance = new();

        public int Compare(Type? x, Type? y) => string.CompareOrdinal(x?.FullName, y?.FullName);
    }
}
