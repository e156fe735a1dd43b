namespace Cutover.IntegrationTests.Sandbox;

/// <summary>The checkout the tests run from: its root (where Bot.sln is) and its files.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string File(string relative) => Path.Combine(Root, relative);

    public static string Read(string relative) => System.IO.File.ReadAllText(File(relative));

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(directory.FullName, "Bot.sln")))
                return directory.FullName;
        }

        throw new InvalidOperationException($"No Bot.sln above {AppContext.BaseDirectory}: the tests run from a checkout.");
    }
}
