namespace Cutover.IntegrationTests.Dns;

/// <summary>
/// A real authoritative DNS server — Knot DNS (<c>knotd</c>, Debian package <c>knot</c>) — on a free loopback
/// port, run as whoever runs the tests (root not needed), with zone files the test rewrites and reloads
/// (<c>knotc zone-reload</c>, blocking). A missing <c>knotd</c> is a failing test that says how to install it.
/// </summary>
public sealed class KnotServer : IAsyncDisposable
{
    private readonly string _directory;
    private readonly string _knotc;
    private readonly ProcessRunner _process;
    private long _serial = 1;

    private KnotServer(string directory, string knotc, ProcessRunner process, int port)
    {
        _directory = directory;
        _knotc = knotc;
        _process = process;
        Port = port;
    }

    public int Port { get; }

    /// <summary><c>127.0.0.1:&lt;port&gt;</c>, as DNS settings take it.</summary>
    public string Endpoint => string.Create(CultureInfo.InvariantCulture, $"127.0.0.1:{Port}");

    /// <summary>How long one <c>knotc</c> command may take (a blocking zone reload included).</summary>
    private static readonly TimeSpan ControlTimeout = TimeSpan.FromSeconds(30);

    private string Socket => Path.Combine(_directory, "knot.sock");

    public static async Task<KnotServer> StartAsync(params TestZone[] zones)
    {
        var (knotd, knotc) = FindBinaries();
        var directory = Directory.CreateTempSubdirectory("cutover-knot-").FullName;
        var port = ProcessRunner.FreePort();
        var config = new StringBuilder();
        config.Append(CultureInfo.InvariantCulture, $"""
            server:
                rundir: "{directory}"
                listen: 127.0.0.1@{port}
                udp-workers: 1
                tcp-workers: 1
                background-workers: 1
            database:
                storage: "{directory}"
            control:
                listen: "{Path.Combine(directory, "knot.sock")}"
            log:
              - target: stderr
                any: info
            template:
              - id: default
                storage: "{directory}"
                file: "%s.zone"
            zone:

            """);
        foreach (var zone in zones)
        {
            config.Append(CultureInfo.InvariantCulture, $"  - domain: {zone.Origin}.\n");
            await File.WriteAllTextAsync(Path.Combine(directory, $"{zone.Origin}.zone"), zone.Render(1));
        }

        var configPath = Path.Combine(directory, "knot.conf");
        await File.WriteAllTextAsync(configPath, config.ToString());

        var server = new KnotServer(directory, knotc, ProcessRunner.Start(knotd, ["-c", configPath]), port);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server._process.Kill();
        await server.WaitUntilRunningAsync();
        return server;
    }

    /// <summary>Writes <paramref name="zone"/>'s file with a higher serial and waits until Knot serves it.</summary>
    public async Task SetZoneAsync(TestZone zone)
    {
        var serial = Interlocked.Increment(ref _serial);
        await File.WriteAllTextAsync(Path.Combine(_directory, $"{zone.Origin}.zone"), zone.Render(serial));
        await ControlAsync("-b", "zone-reload", $"{zone.Origin}.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            try
            {
                await ControlAsync("stop");
                await _process.WaitForExitAsync(TimeSpan.FromSeconds(5));
            }
            catch (InvalidOperationException)
            {
                // knotc could not reach it; stopping the process below does.
            }
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still open; the temporary directory is left for the system to clean.
        }
    }

    private async Task WaitUntilRunningAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"knotd exited with code {_process.ExitCode}:\n{Log()}");
            if (File.Exists(Socket) && (await ProcessRunner.RunAsync(_knotc, ["-s", Socket, "status"], ControlTimeout)).ExitCode == 0)
                return;
            await Task.Delay(50);
        }

        _process.Kill();
        throw new InvalidOperationException($"knotd did not start within 15 s:\n{Log()}");
    }

    private async Task ControlAsync(params string[] command)
    {
        if ((await ProcessRunner.RunAsync(_knotc, ["-s", Socket, .. command], ControlTimeout)).ExitCode != 0)
            throw new InvalidOperationException($"knotc {string.Join(' ', command)} failed:\n{Log()}");
    }

    private string Log() => _process.Output;

    private static (string Knotd, string Knotc) FindBinaries()
    {
        var directories = new List<string>();
        if (Environment.GetEnvironmentVariable("CUTOVER_KNOT_BIN") is { Length: > 0 } configured)
            directories.Add(configured);
        directories.AddRange(["/usr/sbin", "/usr/bin", "/usr/local/sbin", "/usr/local/bin"]);
        directories.AddRange((Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries));
        var found = directories.FirstOrDefault(d => File.Exists(Path.Combine(d, "knotd")) && File.Exists(Path.Combine(d, "knotc")))
            ?? throw new InvalidOperationException(
                "Knot DNS (knotd, knotc) was not found in CUTOVER_KNOT_BIN, /usr/sbin or PATH. "
                + "Run ./test.sh, which installs it (apt-get install knot), or set CUTOVER_KNOT_BIN.");
        return (Path.Combine(found, "knotd"), Path.Combine(found, "knotc"));
    }
}
