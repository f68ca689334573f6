namespace Anju.Tests.Deploy;

/// <summary>Finds the repository's <c>deploy/</c> folder from the test's build output.</summary>
internal static class DeployFiles
{
    public static string Root { get; } = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, "deploy", .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "deploy", "postgres", "local.sh")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No deploy/postgres/local.sh above {AppContext.BaseDirectory}.");
    }
}
