using System.Text.RegularExpressions;

namespace Anju.Tests.Deploy;

/// <summary>deploy/container/Dockerfile, read (no container engine runs here, so it is not built): a build stage on
/// the SDK, final stages on the ASP.NET runtime for each host, each run by a non-root user, and a .dockerignore that
/// keeps build output and local data out of the context.</summary>
public partial class ContainerfileTests
{
    [Fact]
    public void The_build_is_multi_stage_and_every_final_stage_runs_as_a_non_root_user()
    {
        var stages = Stages(File.ReadAllLines(DeployFiles.Path("container", "Dockerfile")));

        Assert.Contains(stages, s => s.Name == "build" && s.Image.StartsWith("mcr.microsoft.com/dotnet/sdk:", StringComparison.Ordinal));
        foreach (var name in new[] { "silo", "dashboard" })
        {
            var stage = Assert.Single(stages, s => s.Name == name);
            Assert.StartsWith("mcr.microsoft.com/dotnet/aspnet:", stage.Image, StringComparison.Ordinal);
            Assert.Contains(stage.Lines, l => l.StartsWith("COPY --from=build", StringComparison.Ordinal));
            var user = stage.Lines.LastOrDefault(l => l.StartsWith("USER ", StringComparison.Ordinal));
            Assert.True(user is not null, $"stage {name} sets no USER: it would run as root");
            var who = user[5..].Split(':')[0].Trim();
            Assert.False(who is "root" or "0", $"stage {name} runs as {who}");
            Assert.Contains(stage.Lines, l => l.StartsWith("ENTRYPOINT", StringComparison.Ordinal) && l.Contains($"Anju.{char.ToUpperInvariant(name[0])}{name[1..]}.dll", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_context_leaves_out_build_output_local_data_and_the_git_folder()
    {
        var ignored = File.ReadAllLines(Path.Combine(DeployFiles.Root, ".dockerignore")).Select(l => l.Trim()).ToHashSet(StringComparer.Ordinal);
        foreach (var pattern in new[] { "**/bin/", "**/obj/", "**/node_modules/", ".data/", ".git/" })
        {
            Assert.Contains(pattern, ignored);
        }
    }

    private sealed record Stage(string Image, string Name, List<string> Lines);

    private static List<Stage> Stages(IEnumerable<string> lines)
    {
        var stages = new List<Stage>();
        foreach (var line in lines.Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            if (FromLine().Match(line) is { Success: true } from)
            {
                var image = from.Groups["image"].Value.Replace("${DOTNET_VERSION}", "10.0", StringComparison.Ordinal);
                stages.Add(new Stage(image, from.Groups["name"].Value, []));
            }
            else if (stages.Count > 0)
            {
                stages[^1].Lines.Add(line);
            }
        }

        return stages;
    }

    [GeneratedRegex(@"^FROM\s+(?<image>\S+)\s+AS\s+(?<name>\S+)$", RegexOptions.IgnoreCase)]
    private static partial Regex FromLine();
}
