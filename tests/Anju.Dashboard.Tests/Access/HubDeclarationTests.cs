using System.Reflection;
using Anju.Access;
using Anju.Dashboard.Live;

namespace Anju.Dashboard.Tests.Access;

/// <summary>The hub's half of the authorization matrix: every method a screen can call declares its permission, as every
/// HTTP endpoint does (the silo's AuthorizationMatrixTests).</summary>
public sealed class HubDeclarationTests
{
    [Fact]
    public void Every_hub_method_declares_its_permission()
    {
        var methods = typeof(LiveHub).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => !m.IsSpecialName && m.Name is not (nameof(LiveHub.OnConnectedAsync) or nameof(LiveHub.OnDisconnectedAsync)))
            .ToList();
        Assert.NotEmpty(methods);
        var undeclared = methods.Where(m => m.GetCustomAttribute<RequiresAttribute>() is null).Select(m => m.Name).ToList();
        Assert.True(undeclared.Count == 0, "Hub methods without [Requires(...)]: " + string.Join(", ", undeclared));
    }
}
