namespace Cutover.Sandbox.Heroku.Logs;

/// <summary>A line a test or demo put into an app's log; the next log stream that wants it shows it, once.</summary>
/// <param name="At">The line's timestamp.</param>
/// <param name="Source"><c>heroku</c> or <c>app</c>.</param>
/// <param name="Process"><c>router</c>, a dyno name (<c>web.1</c>) or <c>api</c>.</param>
/// <param name="Message">Everything after <c>source[process]: </c>.</param>
internal sealed record InjectedLogLine(DateTimeOffset At, string Source, string Process, string Message)
{
    public string Render() =>
        $"{At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff", CultureInfo.InvariantCulture)}+00:00 {Source}[{Process}]: {Message}";
}
