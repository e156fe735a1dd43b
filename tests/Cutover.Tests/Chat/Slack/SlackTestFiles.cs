namespace Cutover.Tests.Chat.Slack;

/// <summary>The Slack fixtures and golden files of this folder, found from the repository root.</summary>
internal static class SlackTestFiles
{
    public static string Folder { get; } = RepositoryFiles.PathOf("tests", "Cutover.Tests", "Chat", "Slack");

    public static string Fixture(string name) => File.ReadAllText(Path.Combine(Folder, "Fixtures", name));

    /// <summary>Compares <paramref name="actual"/>, ended with a newline, with Golden/<paramref name="name"/> (see <see cref="GoldenFile"/>).</summary>
    public static void AssertGolden(string name, string actual) =>
        GoldenFile.Equal(Path.Combine(Folder, "Golden", name), actual.ReplaceLineEndings("\n") + "\n");
}
