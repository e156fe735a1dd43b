namespace Cutover.Tests.Monitoring;

/// <summary>The monitoring golden files, read from the source tree so a failure shows what to write.</summary>
internal static class GoldenFiles
{
    public static string PathOf(string name) =>
        RepositoryFiles.PathOf("tests", "Cutover.Tests", "Monitoring", "Golden", name);

    public static IEnumerable<string> Lines(string name) => File.ReadLines(PathOf(name));
}
