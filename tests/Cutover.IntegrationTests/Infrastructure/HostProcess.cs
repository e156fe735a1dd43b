namespace Cutover.IntegrationTests.Infrastructure;

/// <summary>The built Cutover.Host started as its own process, as Heroku's Procfile would start it.</summary>
public sealed class HostProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();

    private readonly string _sqlitePath;

    private HostProcess(Process process, int port, string sqlitePath)
    {
        _process = process;
        Port = port;
        _sqlitePath = sqlitePath;
    }

    public int Port { get; }

    public string StandardOutput { get { lock (_stdout) return _stdout.ToString(); } }

    public string StandardError { get { lock (_stderr) return _stderr.ToString(); } }

    public int Id => _process.Id;

    public static HostProcess Start(IReadOnlyDictionary<string, string> environment)
    {
        var port = FreePort();
        var hostDll = Path.Combine(AppContext.BaseDirectory, "Cutover.Host.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add(hostDll);
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        var sqlitePath = Path.Combine(Path.GetTempPath(), $"cutover-test-{Guid.NewGuid():N}.db");
        start.Environment["DATABASE_URL"] = string.Empty;
        start.Environment["Database__SqlitePath"] = sqlitePath;
        foreach (var (name, value) in environment)
            start.Environment[name] = value;
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start Cutover.Host.");
        var host = new HostProcess(process, port, sqlitePath);
        process.OutputDataReceived += (_, e) => { lock (host._stdout) host._stdout.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (host._stderr) host._stderr.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return host;
    }

    public async Task<int?> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancellation.Token);
            _process.WaitForExit();
            return _process.ExitCode;
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        _process.Dispose();
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
            File.Delete(_sqlitePath + suffix);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
