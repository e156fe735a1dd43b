namespace Cutover.Tests.Testing;

/// <summary>The test kit's process runner stops a child as Heroku stops a dyno: SIGTERM to its group, a deadline, SIGKILL.</summary>
public sealed class ProcessRunnerTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Stop_ChildHandlesSigterm_ExitsOnItsOwnTerms()
    {
        using var runner = ProcessRunner.StartShell("trap 'echo terminated; exit 3' TERM; echo ready; while :; do sleep 0.1; done", Path.GetTempPath(), new Dictionary<string, string>());
        await runner.WaitForLineAsync("ready", Patience);

        runner.Stop(Patience);

        Assert.Equal(3, runner.ExitCode);
        Assert.Contains("terminated", runner.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stop_ChildIgnoresSigterm_IsKilledAfterTheDeadline()
    {
        using var runner = ProcessRunner.StartShell("trap '' TERM; echo ready; while :; do sleep 0.1; done", Path.GetTempPath(), new Dictionary<string, string>());
        await runner.WaitForLineAsync("ready", Patience);

        runner.Stop(TimeSpan.FromMilliseconds(300));

        Assert.True(runner.HasExited);
        Assert.Equal(128 + 9, runner.ExitCode);
    }

    [Fact]
    public async Task Dispose_ShellThatStartedAnotherProcess_StopsItToo()
    {
        var runner = ProcessRunner.StartShell("sleep 300 & echo \"child $!\"; wait", Path.GetTempPath(), new Dictionary<string, string>());
        var line = await runner.WaitForLineAsync("child ", Patience);
        var child = int.Parse(line["child ".Length..], CultureInfo.InvariantCulture);

        runner.Dispose();

        var deadline = DateTime.UtcNow + Patience;
        while (Running(child) && DateTime.UtcNow < deadline)
            await Task.Delay(50);
        Assert.False(Running(child), $"sleep ({child}) outlived the shell that started it");
    }

    [Fact]
    public async Task RunAsync_CommandThatFails_ReturnsItsExitCodeAndOutput()
    {
        var (exitCode, output) = await ProcessRunner.RunAsync("bash", ["-c", "echo out; echo err >&2; exit 7"], Patience);

        Assert.Equal(7, exitCode);
        Assert.Equal(["err", "out"], output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal));
    }

    /// <summary>Whether <paramref name="pid"/> is a live process (a zombie waiting to be reaped is not).</summary>
    private static bool Running(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..][0] != 'Z';
        }
        catch (IOException)
        {
            return false;
        }
    }
}
