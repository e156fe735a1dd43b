using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Cutover.IntegrationTests.Sandbox;

/// <summary>A shell command run as a process (as a user or Heroku would run it), its output collected line by line.</summary>
public sealed class ProcessRunner : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly List<(string Marker, TaskCompletionSource<string> Line)> _waiters = [];

    private ProcessRunner(Process process) => _process = process;

    public string Output
    {
        get
        {
            lock (_output)
                return _output.ToString();
        }
    }

    /// <summary>Runs <paramref name="command"/> with <c>bash -c</c> in <paramref name="directory"/>.</summary>
    public static ProcessRunner Start(string command, string directory, IReadOnlyDictionary<string, string> environment) =>
        Start("bash", ["-c", command], directory, environment.ToDictionary(p => p.Key, p => (string?)p.Value));

    /// <summary>Runs <paramref name="program"/> with its arguments as given (no shell); a null variable is removed.</summary>
    public static ProcessRunner Start(string program, IEnumerable<string> arguments, string directory, IReadOnlyDictionary<string, string?> environment)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = directory,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment)
        {
            if (value is null)
                start.Environment.Remove(name);
            else
                start.Environment[name] = value;
        }

        var runner = new ProcessRunner(Process.Start(start) ?? throw new InvalidOperationException($"Could not start: {program} {string.Join(' ', start.ArgumentList)}"));
        runner._process.OutputDataReceived += (_, e) => runner.Append(e.Data);
        runner._process.ErrorDataReceived += (_, e) => runner.Append(e.Data);
        runner._process.BeginOutputReadLine();
        runner._process.BeginErrorReadLine();
        return runner;
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

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        _process.WaitForExit(10_000);
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
            return;
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
}
