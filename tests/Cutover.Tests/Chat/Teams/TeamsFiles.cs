namespace Cutover.Tests.Chat.Teams;

/// <summary>Fixture, golden and repository files for the Teams tests, found from the repository root.</summary>
internal static class TeamsFiles
{
    public static string Root { get; } = FindRoot();

    public static string TestDirectory => Path.Combine(Root, "tests", "Cutover.Tests", "Chat", "Teams");

    public static string Fixture(string name) => File.ReadAllText(Path.Combine(TestDirectory, "Fixtures", name));

    /// <summary>
    /// Asserts <paramref name="actual"/> equals the golden file. With <c>CUTOVER_UPDATE_GOLDEN=1</c> the file is
    /// (re)written instead and the test fails, so a refreshed golden is always reviewed before it counts.
    /// </summary>
    public static void AssertGolden(string name, string actual)
    {
        var path = Path.Combine(TestDirectory, "Golden", name);
        actual = actual.ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable("CUTOVER_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
            Assert.Fail($"Golden file {path} rewritten; review it and run again without CUTOVER_UPDATE_GOLDEN.");
        }

        Assert.True(File.Exists(path), $"Golden file {path} is missing; expected content:\n{actual}");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Bot.sln")))
                return dir.FullName;
        }

        throw new InvalidOperationException($"No Bot.sln above {AppContext.BaseDirectory}.");
    }
}
