namespace Cutover.Tests.Monitoring;

/// <summary>The monitoring golden files, read from the source tree so a failure shows what to write.</summary>
internal static class GoldenFiles
{
    public static string PathOf(string name) =>
        Path.Combine(RepositoryRoot(), "tests", "Cutover.Tests", "Monitoring", "Golden", name);

    public static IEnumerable<string> Lines(string name) => File.ReadLines(PathOf(name));

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
