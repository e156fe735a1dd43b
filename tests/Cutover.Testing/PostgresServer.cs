using System.Diagnostics;
using System.Runtime.InteropServices;
using Npgsql;

namespace Cutover.Testing;

/// <summary>
/// One real PostgreSQL server for the whole test run: initdb into a temporary directory, pg_ctl start on a
/// free loopback port, stopped when the test process exits. Each test class gets a fresh database. The tests' server
/// skips fsync (nothing in it needs to outlive the run); a benchmark that measures commits starts a durable one.
/// A missing server is a failing test with a message that says how to install it — never a skip.
/// </summary>
public sealed partial class PostgresServer
{
    private const string DirectoryPrefix = "cutover-pg-";
    private const int SigQuit = 3;

    /// <summary>How long initdb or pg_ctl may take (pg_ctl itself waits up to 60 s for the server to start).</summary>
    private static readonly TimeSpan ToolTimeout = TimeSpan.FromMinutes(3);

    /// <summary>What makes the tests' server fast: no fsync, no waiting for the WAL flush, no full-page writes.</summary>
    private const string NotDurable = "-c fsync=off -c synchronous_commit=off -c full_page_writes=off";

    private static readonly Lazy<Task<PostgresServer>> Shared = new(() => StartAsync(durable: false));

    private readonly string _bin;
    private readonly string _dataDirectory;
    private readonly bool _asPostgresUser;

    private PostgresServer(string bin, string dataDirectory, int port, bool asPostgresUser)
    {
        _bin = bin;
        _dataDirectory = dataDirectory;
        Port = port;
        _asPostgresUser = asPostgresUser;
    }

    public int Port { get; }

    public static Task<PostgresServer> InstanceAsync() => Shared.Value;

    /// <summary>A server of its own with PostgreSQL's durable defaults (fsync, synchronous commit), as production runs it.</summary>
    public static Task<PostgresServer> StartDurableAsync() => StartAsync(durable: true);

    /// <summary>Creates an empty database and returns its Heroku-style URL (as <c>DATABASE_URL</c> would hold it).</summary>
    public async Task<string> CreateDatabaseAsync(string prefix)
    {
        var name = $"{prefix}_{Guid.NewGuid():N}"[..40].ToLowerInvariant();
        await using var connection = new NpgsqlConnection($"Host=127.0.0.1;Port={Port};Username=postgres;Database=postgres;Pooling=false");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return $"postgres://postgres@127.0.0.1:{Port}/{name}";
    }

    private static async Task<PostgresServer> StartAsync(bool durable)
    {
        var bin = FindBinaries();
        var asPostgresUser = geteuid() == 0;
        SweepStaleDirectories();
        var dataDirectory = Path.Combine(Path.GetTempPath(), $"{DirectoryPrefix}{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dataDirectory);
        if (asPostgresUser)
            await RunAsync("chown", ["postgres:postgres", dataDirectory], asPostgresUser: false, "give the data directory to the postgres user");

        var port = ProcessRunner.FreePort();
        var server = new PostgresServer(bin, dataDirectory, port, asPostgresUser);
        var data = Path.Combine(dataDirectory, "data");
        await server.RunToolAsync("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync", "--locale=C"]);
        await server.RunToolAsync("pg_ctl",
        [
            "-D", data, "-l", Path.Combine(dataDirectory, "server.log"), "-w", "-t", "60", "start",
            "-o", $"-p {port} -k {dataDirectory} -c listen_addresses=127.0.0.1 -c max_connections=300{(durable ? string.Empty : " " + NotDurable)}",
        ]);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Stop(data);
        return server;
    }

    /// <summary>
    /// Immediate shutdown by signal: the test host gives exit handlers little time, so no waiting on pg_ctl.
    /// Anything left behind by a killed run is swept by the next run's <see cref="SweepStaleDirectories"/>.
    /// </summary>
    private void Stop(string data)
    {
        if (ServerPid(data) is { } pid)
            _ = kill(pid, SigQuit);
        for (var i = 0; i < 30 && File.Exists(Path.Combine(data, "postmaster.pid")); i++)
            Thread.Sleep(100);
        TryDelete(_dataDirectory);
    }

    private static void SweepStaleDirectories()
    {
        foreach (var directory in Directory.GetDirectories(Path.GetTempPath(), $"{DirectoryPrefix}*"))
        {
            var pid = ServerPid(Path.Combine(directory, "data"));
            if (pid is null || !IsAlive(pid.Value))
                TryDelete(directory);
        }
    }

    private static int? ServerPid(string data)
    {
        try
        {
            var first = File.ReadLines(Path.Combine(data, "postmaster.pid")).FirstOrDefault();
            return int.TryParse(first, out var pid) ? pid : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Still in use; the next run's sweep takes it.
        }
    }

    private Task RunToolAsync(string tool, string[] arguments) =>
        RunAsync(Path.Combine(_bin, tool), arguments, _asPostgresUser, tool);

    private static async Task RunAsync(string file, string[] arguments, bool asPostgresUser, string what)
    {
        var (exitCode, output) = asPostgresUser
            ? await ProcessRunner.RunAsync("runuser", ["-u", "postgres", "--", file, .. arguments], ToolTimeout)
            : await ProcessRunner.RunAsync(file, arguments, ToolTimeout);
        if (exitCode != 0)
            throw new InvalidOperationException($"{what} failed with exit code {exitCode}: {output}");
    }

    private static string FindBinaries()
    {
        var candidates = new List<string>();
        if (Environment.GetEnvironmentVariable("CUTOVER_PG_BIN") is { Length: > 0 } configured)
            candidates.Add(configured);
        if (Directory.Exists("/usr/lib/postgresql"))
        {
            candidates.AddRange(Directory.GetDirectories("/usr/lib/postgresql")
                .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0)
                .Select(d => Path.Combine(d, "bin")));
        }

        return candidates.FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")))
               ?? throw new InvalidOperationException(
                   "PostgreSQL server binaries (initdb, pg_ctl) were not found in CUTOVER_PG_BIN or /usr/lib/postgresql/*/bin. "
                   + "Run ./test.sh, which installs them (apt-get install postgresql), or set CUTOVER_PG_BIN.");
    }

    [LibraryImport("libc")]
    private static partial uint geteuid();

    [LibraryImport("libc")]
    private static partial int kill(int pid, int signal);
}
