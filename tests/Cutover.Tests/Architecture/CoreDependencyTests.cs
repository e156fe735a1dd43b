using System.Xml.Linq;

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
        var path = RepositoryFiles.PathOf("src", "Cutover.Core", "Cutover.Core.csproj");
        Assert.True(File.Exists(path), $"{path} not found");
        return XDocument.Load(path);
    }
}
