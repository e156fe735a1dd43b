using Microsoft.Data.Sqlite;

namespace Cutover.Host.Sandbox;

/// <summary>
/// The SQLite file the sandbox uses when no database is configured: fresh on every start (the simulated Heroku starts
/// from its seed every time too, so old runs would point at apps that no longer exist), deleted at shutdown — as the
/// last hosted service to stop, after Quartz has let go of it.
/// </summary>
public sealed class ScratchDatabase : IHostedService, IDisposable
{
    public ScratchDatabase()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"cutover-sandbox-{Environment.ProcessId}-{Guid.NewGuid():N}.db");
    }

    public string Path { get; }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

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
