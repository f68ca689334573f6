using Microsoft.Extensions.Configuration;

namespace Anju.Testing;

/// <summary>
/// A throwaway database with one real silo on it, started once and shared by the tests of a collection (or a class).
/// Tests make their own estates, cases and accounts under fresh ids (<see cref="Fresh"/>), so they stay independent
/// without a silo each. A class that needs the silo set up otherwise derives a fixture of its own that passes the settings.
/// </summary>
public class SiloFixture : IAsyncLifetime
{
    private readonly IReadOnlyDictionary<string, string?> _settings;

    public SiloFixture()
        : this(new Dictionary<string, string?>())
    {
    }

    /// <param name="settings">Silo settings on top of <see cref="RunningSilo"/>'s own.</param>
    protected SiloFixture(IReadOnlyDictionary<string, string?> settings) => _settings = settings;

    public PostgresFixture Db { get; } = new();

    public string ClusterId { get; } = $"silo-{Guid.NewGuid():N}"[..16];

    public RunningSilo Silo { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        await Db.InitializeAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Database:Migrate"] = "false", // PostgresFixture has migrated the database
        };
        foreach (var (key, value) in _settings)
        {
            settings[key] = value;
        }

        Silo = await RunningSilo.StartAsync(Db.ConnectionString, ClusterId, builder => builder.Configuration.AddInMemoryCollection(settings));
    }

    public virtual async Task DisposeAsync()
    {
        if (Silo is not null)
        {
            await Silo.DisposeAsync();
        }

        await Db.DisposeAsync();
    }
}
