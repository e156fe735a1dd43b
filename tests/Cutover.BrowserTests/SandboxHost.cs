using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Cutover.BrowserTests;

/// <summary>
/// Cutover.Host started as its own process with nothing configured, so in sandbox mode, on a free loopback port; the
/// URL is the one its start-up line announces.
/// </summary>
public sealed partial class SandboxHost : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<Uri> _announced = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private SandboxHost(Process process) => _process = process;

    public Uri Url { get; private set; } = null!;

    public string Output
    {
        get
        {
            lock (_output)
                return _output.ToString();
        }
    }

    public static async Task<SandboxHost> StartAsync()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Cutover.Host.dll"));
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        foreach (var credential in new[] { "SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "MicrosoftAppId", "HEROKU_API_TOKEN", "DATABASE_URL", "CUTOVER_SANDBOX" })
            start.Environment[credential] = string.Empty;
        var host = new SandboxHost(Process.Start(start) ?? throw new InvalidOperationException("Could not start Cutover.Host."));
        host._process.OutputDataReceived += (_, e) => host.Append(e.Data);
        host._process.ErrorDataReceived += (_, e) => host.Append(e.Data);
        host._process.BeginOutputReadLine();
        host._process.BeginErrorReadLine();

        var first = await Task.WhenAny(host._announced.Task, host._process.WaitForExitAsync(), Task.Delay(TimeSpan.FromSeconds(60)));
        if (first != host._announced.Task)
        {
            host.Dispose();
            throw new InvalidOperationException($"Cutover.Host never announced the sandbox URL:\n{host.Output}");
        }

        host.Url = await host._announced.Task;
        return host;
    }

    /// <summary>Stops the host as Heroku would (SIGTERM, so it shuts down and removes its scratch database), killing it if it hangs.</summary>
    public void Dispose()
    {
        if (!_process.HasExited)
        {
            using (var term = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
                term.WaitForExit();
            if (!_process.WaitForExit(15_000))
                _process.Kill(entireProcessTree: true);
        }

        _process.WaitForExit(10_000);
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
            return;
        lock (_output)
            _output.AppendLine(line);
        if (Announcement().Match(line) is { Success: true } match)
            _announced.TrySetResult(new Uri(match.Groups["url"].Value));
    }

    [GeneratedRegex(@"^Cutover sandbox: open (?<url>http://\S+/) ", RegexOptions.CultureInvariant)]
    private static partial Regex Announcement();
}
