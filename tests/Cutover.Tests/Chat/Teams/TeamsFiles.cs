namespace Cutover.Tests.Chat.Teams;

/// <summary>Fixture, golden and repository files for the Teams tests, found from the repository root.</summary>
internal static class TeamsFiles
{
    public static string Root => RepositoryFiles.Root;

    public static string TestDirectory => Path.Combine(Root, "tests", "Cutover.Tests", "Chat", "Teams");

    public static string Fixture(string name) => File.ReadAllText(Path.Combine(TestDirectory, "Fixtures", name));

    /// <summary>Compares <paramref name="actual"/> with Golden/<paramref name="name"/> (see <see cref="GoldenFile"/>).</summary>
    public static void AssertGolden(string name, string actual) => GoldenFile.Equal(Path.Combine(TestDirectory, "Golden", name), actual);
}
