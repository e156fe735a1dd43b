namespace Cutover.IntegrationTests.Heroku.Cli;

/// <summary>
/// The official Heroku CLI (npm <c>heroku</c>, pinned in <see cref="Version"/>; <c>./test.sh</c> installs it under
/// <c>.tools/heroku-cli</c>) pointed at a simulator on loopback, the way a person would point it at Heroku: its API
/// and Data API hosts, the seeded token, a throwaway HOME, no telemetry or update checks. Every run has a deadline
/// and the simulator's fake clock moves on while the CLI runs (a second per 10 ms), so its polling commands
/// (<c>pg:wait</c>, <c>addons:create --wait</c>, backups) see time pass.
/// </summary>
public sealed class HerokuCli : IDisposable
{
    public const string Version = "11.10.0";

    /// <summary>The real time one command may take before it is killed and the test fails.</summary>
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(90);

    private readonly SimulatorHost _host;
    private readonly string _home = Directory.CreateTempSubdirectory("cutover-heroku-cli-").FullName;

    public HerokuCli(SimulatorHost host) => _host = host;

    /// <summary>The CLI's entry point: <c>CUTOVER_HEROKU_CLI</c>, else where <c>./test.sh</c> installs it.</summary>
    public static string Executable =>
        System.Environment.GetEnvironmentVariable("CUTOVER_HEROKU_CLI") is { Length: > 0 } path
            ? path
            : RepositoryFiles.PathOf(".tools", "heroku-cli", "node_modules", ".bin", "heroku");

    /// <summary>Runs <c>heroku &lt;arguments&gt;</c>; fails the test, with the CLI's output, unless it exits 0.</summary>
    public async Task<string> RunAsync(params string[] arguments)
    {
        var (exitCode, output) = await TryRunAsync(arguments);
        Assert.True(exitCode == 0, $"heroku {string.Join(' ', arguments)} exited {exitCode}:\n{output}");
        return output;
    }

    /// <summary>Runs <c>heroku &lt;arguments&gt;</c> to its end: its exit code and its output (stdout and stderr).</summary>
    public async Task<(int ExitCode, string Output)> TryRunAsync(params string[] arguments)
    {
        Assert.True(File.Exists(Executable),
            $"The Heroku CLI is not installed at {Executable}: run ./test.sh, or npm install --prefix .tools/heroku-cli heroku@{Version}.");
        using var cli = ProcessRunner.Start(Executable, arguments, _home, CliEnvironment(), Unset);
        var exited = cli.WaitForExitAsync(Deadline);
        while (!exited.IsCompleted)
        {
            _host.Clock.Advance(TimeSpan.FromSeconds(1));
            await Task.WhenAny(exited, Task.Delay(10));
        }

        var exitCode = await exited;
        Assert.True(exitCode is not null, $"heroku {string.Join(' ', arguments)} did not finish within {Deadline.TotalSeconds:0} s:\n{cli.Output}");
        return (exitCode.Value, cli.Output);
    }

    /// <summary>
    /// Runs a command that does not end by itself (<c>logs --tail</c>) until it has printed <paramref name="lines"/>
    /// lines, then stops it; fails if it exits first or takes longer than <see cref="Deadline"/>.
    /// </summary>
    public async Task<IReadOnlyList<string>> ReadLinesAsync(int lines, params string[] arguments)
    {
        Assert.True(File.Exists(Executable), $"The Heroku CLI is not installed at {Executable}: run ./test.sh.");
        using var cli = ProcessRunner.Start(Executable, arguments, _home, CliEnvironment(), Unset);
        var exited = cli.WaitForExitAsync(Deadline);
        string[] Lines() => cli.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        while (Lines().Length < lines)
        {
            Assert.False(exited.IsCompleted, $"heroku {string.Join(' ', arguments)} ended after {Lines().Length} of {lines} lines:\n{cli.Output}");
            _host.Clock.Advance(TimeSpan.FromSeconds(1));
            await Task.WhenAny(exited, Task.Delay(10));
        }

        return Lines()[..lines];
    }

    public void Dispose() => Directory.Delete(_home, recursive: true);

    private Dictionary<string, string> CliEnvironment()
    {
        var root = _host.BaseAddress.GetLeftPart(UriPartial.Authority);
        return new Dictionary<string, string>
        {
            ["HOME"] = _home,
            ["XDG_CONFIG_HOME"] = Path.Combine(_home, ".config"),
            ["XDG_CACHE_HOME"] = Path.Combine(_home, ".cache"),
            ["XDG_DATA_HOME"] = Path.Combine(_home, ".local", "share"),
            ["HEROKU_HOST"] = root,
            ["HEROKU_DATA_HOST"] = _host.BaseAddress.Host,
            ["HEROKU_PARTICLEBOARD_URL"] = root,
            ["HEROKU_API_KEY"] = SimulatorHost.Token,
            ["HEROKU_SKIP_NEW_VERSION_CHECK"] = "true",
            ["HEROKU_UPDATE_INSTRUMENTATION"] = "false",
            ["DISABLE_TELEMETRY"] = "true",
            ["NO_COLOR"] = "1",
            ["FORCE_COLOR"] = "0",
            ["COLUMNS"] = "200",
        };
    }

    /// <summary>Variables of this process the CLI must not see: certificate overrides and an app or headers chosen for it.</summary>
    private static readonly string[] Unset = ["SSL_CERT_FILE", "SSL_CERT_DIR", "HEROKU_APP", "HEROKU_HEADERS"];
}
