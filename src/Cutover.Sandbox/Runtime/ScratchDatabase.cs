using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Cutover.Sandbox.Runtime;

/// <summary>
/// The SQLite file the sandbox uses when no database is configured: fresh on every start (the simulated Heroku starts
/// from its seed every time too, so old runs would point at apps that no longer exist), deleted at shutdown — as the
/// last hosted service to stop, after Quartz has let go of it. Files left by sandboxes that were killed (their process
/// is gone) are removed when the next one starts.
/// </summary>
public sealed class ScratchDatabase : IHostedService, IDisposable
{
    private const string Prefix = "cutover-sandbox-";

    public ScratchDatabase()
    {
        RemoveAbandoned();
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"{Prefix}{Environment.ProcessId}-{Guid.NewGuid():N}.db");
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
        Delete(Path);
    }

    /// <summary>Deletes <c>cutover-sandbox-&lt;pid&gt;-…</c> files whose process no longer runs.</summary>
    private static void RemoveAbandoned()
    {
        foreach (var file in Directory.EnumerateFiles(System.IO.Path.GetTempPath(), $"{Prefix}*.db"))
        {
            var name = System.IO.Path.GetFileName(file);
            var pid = name[Prefix.Length..].Split('-', 2)[0];
            if (int.TryParse(pid, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id != Environment.ProcessId && !IsRunning(id))
                Delete(file);
        }
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static void Delete(string path)
    {
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm", "-journal" })
        {
            try
            {
                File.Delete(path + suffix);
            }
            catch (IOException)
            {
                // Still open somewhere: the temp directory's cleanup takes it later.
            }
            catch (UnauthorizedAccessException)
            {
                // Another user's sandbox: theirs to remove.
            }
        }
    }
}
