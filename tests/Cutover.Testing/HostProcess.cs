namespace Cutover.Testing;

/// <summary>
/// The built Cutover.Host started as its own process, as Heroku's Procfile would start it, on a free port with a scratch
/// SQLite file (unless the environment names a <c>DATABASE_URL</c>).
/// </summary>
public sealed class HostProcess : IDisposable
{
    private readonly ProcessRunner _process;
    private readonly string _sqlitePath;

    private HostProcess(ProcessRunner process, int port, string sqlitePath)
    {
        _process = process;
        Port = port;
        _sqlitePath = sqlitePath;
    }

    public int Port { get; }

    /// <summary>The scratch SQLite file (unused when the environment names a <c>DATABASE_URL</c>).</summary>
    public string SqlitePath => _sqlitePath;

    /// <summary>The host's process id.</summary>
    public int Id => _process.Id;

    public string StandardOutput => _process.StandardOutput;

    public string StandardError => _process.StandardError;

    /// <param name="environment">Variables added to (or replacing) the scratch database's.</param>
    /// <param name="hostDll">The Cutover.Host.dll to start; by default the one built next to the caller.</param>
    /// <param name="workingDirectory">
    /// Where it runs, which is also its content root (whose files it watches for configuration changes); by default the
    /// temporary directory.
    /// </param>
    public static HostProcess Start(IReadOnlyDictionary<string, string> environment, string? hostDll = null, string? workingDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var port = ProcessRunner.FreePort();
        var sqlitePath = Path.Combine(Path.GetTempPath(), $"cutover-test-{Guid.NewGuid():N}.db");
        var variables = new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
            ["DATABASE_URL"] = string.Empty,
            ["Database__SqlitePath"] = sqlitePath,
        };
        foreach (var (name, value) in environment)
            variables[name] = value;
        var process = ProcessRunner.Start("dotnet", [hostDll ?? Path.Combine(AppContext.BaseDirectory, "Cutover.Host.dll")],
            workingDirectory ?? Path.GetTempPath(), variables);
        return new HostProcess(process, port, sqlitePath);
    }

    /// <inheritdoc cref="ProcessRunner.WaitForExitAsync"/>
    public Task<int?> WaitForExitAsync(TimeSpan timeout) => _process.WaitForExitAsync(timeout);

    /// <inheritdoc cref="ProcessRunner.Terminate"/>
    public bool Terminate() => _process.Terminate();

    public void Dispose()
    {
        _process.Dispose();
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
            File.Delete(_sqlitePath + suffix);
    }
}
