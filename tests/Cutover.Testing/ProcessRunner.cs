using System.Diagnostics;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Text;

namespace Cutover.Testing;

/// <summary>
/// A child process of a test, the one way tests start one: in a process group of its own (<c>setsid</c>, so whatever it
/// starts goes with it), its standard output and error collected line by line, and stopped as Heroku stops a dyno —
/// SIGTERM to the group, a deadline, then SIGKILL.
/// </summary>
public sealed partial class ProcessRunner : IDisposable
{
    /// <summary>How long <see cref="Dispose"/> gives the process after SIGTERM before it kills it.</summary>
    public static readonly TimeSpan StopDeadline = TimeSpan.FromSeconds(15);

    private const int SigKill = 9;
    private const int SigTerm = 15;

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _standardOutput = new();
    private readonly StringBuilder _standardError = new();
    private readonly List<(string Marker, TaskCompletionSource<string> Line)> _waiters = [];

    private int _disposed;

    private ProcessRunner(Process process)
    {
        _process = process;
        Id = process.Id;
    }

    /// <summary>Its process id, which is also its process group's id.</summary>
    public int Id { get; }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>Standard output and error as they arrived, line by line.</summary>
    public string Output => Read(_output);

    public string StandardOutput => Read(_standardOutput);

    public string StandardError => Read(_standardError);

    /// <summary>
    /// Starts <paramref name="file"/> (looked up in PATH) with <paramref name="arguments"/>, in <paramref name="directory"/>,
    /// with <paramref name="environment"/> added to this process's and the variables named in <paramref name="removed"/> taken out.
    /// </summary>
    public static ProcessRunner Start(string file, IEnumerable<string> arguments, string? directory = null, IReadOnlyDictionary<string, string>? environment = null,
        IEnumerable<string>? removed = null)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var start = new ProcessStartInfo("setsid")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = directory ?? Path.GetTempPath(),
        };
        start.ArgumentList.Add(file);
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            start.Environment[name] = value;
        foreach (var name in removed ?? [])
            start.Environment.Remove(name);
        var runner = new ProcessRunner(Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}."));
        runner._process.OutputDataReceived += (_, e) => runner.Append(e.Data, runner._standardOutput);
        runner._process.ErrorDataReceived += (_, e) => runner.Append(e.Data, runner._standardError);
        runner._process.BeginOutputReadLine();
        runner._process.BeginErrorReadLine();
        return runner;
    }

    /// <summary>Runs <paramref name="command"/> with <c>bash -c</c> in <paramref name="directory"/>, as a user or Heroku would run it.</summary>
    public static ProcessRunner StartShell(string command, string directory, IReadOnlyDictionary<string, string> environment) =>
        Start("bash", ["-c", command], directory, environment);

    /// <summary>Runs <paramref name="file"/> to its end; a process still running after <paramref name="timeout"/> is stopped and the run fails.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string file, IEnumerable<string> arguments, TimeSpan timeout)
    {
        using var runner = Start(file, arguments);
        return await runner.WaitForExitAsync(timeout) is { } exitCode
            ? (exitCode, runner.Output)
            : throw new TimeoutException($"{file} {string.Join(' ', arguments)} did not finish within {timeout}:\n{runner.Output}");
    }

    /// <summary>A loopback port free for both TCP and UDP now, to hand to a child process.</summary>
    public static int FreePort()
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            using var tcp = new TcpListener(IPAddress.Loopback, 0);
            tcp.Start();
            var port = ((IPEndPoint)tcp.LocalEndpoint).Port;
            try
            {
                using var udp = new UdpClient(new IPEndPoint(IPAddress.Loopback, port));
                return port;
            }
            catch (SocketException)
            {
                // Taken for UDP; try another.
            }
        }

        throw new InvalidOperationException("No free loopback port for both TCP and UDP.");
    }

    /// <summary>The first output line containing <paramref name="marker"/>, waiting up to <paramref name="timeout"/>.</summary>
    public async Task<string> WaitForLineAsync(string marker, TimeSpan timeout)
    {
        var waiter = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_output)
        {
            if (_output.ToString().Split('\n').FirstOrDefault(l => l.Contains(marker, StringComparison.Ordinal)) is { } seen)
                return seen;
            _waiters.Add((marker, waiter));
        }

        var exited = _process.WaitForExitAsync();
        var first = await Task.WhenAny(waiter.Task, exited, Task.Delay(timeout));
        if (first == waiter.Task)
            return await waiter.Task;
        throw new TimeoutException($"No line with \"{marker}\" {(first == exited ? $"before the process exited ({_process.ExitCode})" : $"within {timeout}")}:\n{Output}");
    }

    /// <summary>The exit code once the process has exited and its output is read; null when it still runs after <paramref name="timeout"/>.</summary>
    public async Task<int?> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancellation.Token);
            // The parameterless wait returns once the redirected output has been read to its end.
            await _process.WaitForExitAsync(CancellationToken.None);
            return _process.ExitCode;
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    /// <summary>Sends SIGTERM to the process group, as Heroku does to stop a dyno; false when there was no one to send it to.</summary>
    public bool Terminate() => Volatile.Read(ref _disposed) == 0 && kill(-Id, SigTerm) == 0;

    /// <summary>Kills the process group at once (and, should it have left the group, the process and its descendants); nothing once disposed.</summary>
    public void Kill()
    {
        if (Volatile.Read(ref _disposed) != 0)
            return;
        _ = kill(-Id, SigKill);
        try
        {
            if (!_process.HasExited)
                _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    /// <summary>SIGTERM, up to <paramref name="deadline"/> for the process to exit, then SIGKILL; nothing when it has already exited or is disposed.</summary>
    public void Stop(TimeSpan deadline)
    {
        if (Volatile.Read(ref _disposed) != 0 || _process.HasExited)
            return;
        Terminate();
        if (!_process.WaitForExit(deadline))
            Kill();

        // The exit and the rest of its output (read until the pipes close), within the deadline again.
        using var drained = new CancellationTokenSource(deadline);
        try
        {
            _process.WaitForExitAsync(drained.Token).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            // Something outside the group holds the pipes open; what was read so far is the output.
        }
    }

    public void Dispose()
    {
        Stop(StopDeadline);
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
            _process.Dispose();
    }

    private static string Read(StringBuilder text)
    {
        lock (text)
            return text.ToString();
    }

    private void Append(string? line, StringBuilder stream)
    {
        if (line is null)
            return;
        lock (stream)
            stream.AppendLine(line);
        lock (_output)
        {
            _output.AppendLine(line);
            foreach (var (marker, waiter) in _waiters.Where(w => line.Contains(w.Marker, StringComparison.Ordinal)).ToList())
            {
                waiter.TrySetResult(line);
                _waiters.Remove((marker, waiter));
            }
        }
    }

    [LibraryImport("libc", SetLastError = true)]
    private static partial int kill(int pid, int signal);
}
