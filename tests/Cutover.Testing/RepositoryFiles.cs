namespace Cutover.Testing;

/// <summary>The checkout the tests run from: its root (where Bot.sln is) and the files under it.</summary>
public static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    /// <summary>The path of a file or folder in the checkout, from its parts (<c>"tests", "Cutover.Tests", …</c>).</summary>
    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    public static string Read(params string[] parts) => File.ReadAllText(PathOf(parts));

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Bot.sln")))
                return directory.FullName;
        }

        throw new InvalidOperationException($"No Bot.sln above {AppContext.BaseDirectory}: the tests run from a checkout.");
    }
}
