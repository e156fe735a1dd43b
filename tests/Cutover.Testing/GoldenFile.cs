using Xunit;

namespace Cutover.Testing;

/// <summary>
/// Golden files, one rule for all: the text must equal the file (line endings aside). With
/// <c>CUTOVER_UPDATE_GOLDEN=1</c> the file is rewritten and the test still fails once, so a refreshed golden file is
/// reviewed (git diff) before it counts.
/// </summary>
public static class GoldenFile
{
    public const string UpdateVariable = "CUTOVER_UPDATE_GOLDEN";

    /// <param name="path">The golden file in the source tree (see <see cref="RepositoryFiles.PathOf"/>).</param>
    /// <param name="actual"></param>
    public static void Equal(string path, string actual)
    {
        ArgumentNullException.ThrowIfNull(actual);
        actual = actual.ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(path, actual);
            Assert.Fail($"Golden file {path} rewritten; review the diff and run again without {UpdateVariable}.");
        }

        Assert.True(File.Exists(path), $"Golden file {path} is missing; expected content:\n{actual}\n(or run with {UpdateVariable}=1)");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual);
    }
}
