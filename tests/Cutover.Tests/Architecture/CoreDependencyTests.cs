using System.Xml.Linq;
using Cutover.Core.Runbook;

namespace Cutover.Tests.Architecture;

public class CoreDependencyTests
{
    /// <summary>Frameworks that belong in adapters (docs/architecture.md: Core has no I/O), never in Core.</summary>
    public static TheoryData<string> ForbiddenPrefixes => new()
    {
        "Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore", "Refit", "Quartz", "Npgsql", "Microsoft.Data.Sqlite",
    };

    [Theory]
    [MemberData(nameof(ForbiddenPrefixes))]
    public void CoreAssembly_References_NoAdapterFramework(string prefix)
    {
        var referenced = typeof(Run).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? string.Empty).ToList();

        Assert.NotEmpty(referenced);
        Assert.DoesNotContain(referenced, name => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [MemberData(nameof(ForbiddenPrefixes))]
    public void CoreProject_PackageReferences_NoAdapterFramework(string prefix)
    {
        var packages = CoreProject().Descendants("PackageReference")
            .Select(p => (string?)p.Attribute("Include") ?? (string?)p.Attribute("Update") ?? string.Empty);

        Assert.DoesNotContain(packages, name => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void CoreProject_ProjectReferences_None() =>
        Assert.Empty(CoreProject().Descendants("ProjectReference"));

    private static XDocument CoreProject()
    {
        var path = Path.Combine(RepositoryRoot(), "src", "Cutover.Core", "Cutover.Core.csproj");
        Assert.True(File.Exists(path), $"{path} not found");
        return XDocument.Load(path);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Bot.sln")))
                return dir.FullName;
        }

        throw new InvalidOperationException($"No Bot.sln above {AppContext.BaseDirectory}.");
    }
}
