using Microsoft.Data.Sqlite;

namespace Cutover.Host.Sandbox;

/// <summary>
/// The SQLite file the sandbox uses when no database is configured: fresh on every start (the simulated Heroku starts
/// from its seed every time too, so old runs would point at apps that no longer exist), deleted at shutdown.
/// </summary>
public sealed class ScratchDatabase : IDisposable
{
    public ScratchDatabase()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"cutover-sandbox-{Environment.ProcessId}-{Guid.NewGuid():N}.db");
    }

    public string Path { get; }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm", "-journal" })
        {
            try
            {
                File.Delete(Path + suffix);
            }
            catch (IOException)
            {
                // Still open somewhere: the temp directory's cleanup takes it later.
            }
        }
    }
}
