namespace Cutover.Tests.Chat.Slack;

/// <summary>The Slack fixtures and golden files of this folder, found from the repository root.</summary>
internal static class SlackTestFiles
{
    public static string Folder { get; } = Path.Combine(RepositoryRoot(), "tests", "Cutover.Tests", "Chat", "Slack");

    public static string Fixture(string name) => File.ReadAllText(Path.Combine(Folder, "Fixtures", name));

    /// <summary>
    /// Compares <paramref name="actual"/> with Golden/<paramref name="name"/>. With CUTOVER_UPDATE_GOLDEN=1 the file
    /// is rewritten first (review the diff before committing).
    /// </summary>
    public static void AssertGolden(string name, string actual)
    {
        actual = actual.ReplaceLineEndings("\n") + "\n";
        var path = Path.Combine(Folder, "Golden", name);
        if (Environment.GetEnvironmentVariable("CUTOVER_UPDATE_GOLDEN") == "1")
            File.WriteAllText(path, actual);
        Assert.True(File.Exists(path), $"Golden file {path} is missing; expected content:\n{actual}");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual);
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
