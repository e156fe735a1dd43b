using Cutover.Core.Monitoring;

namespace Cutover.Core.Ports;

/// <summary>
/// An app's log stream, read in bounded windows (Heroku: a log session, then its <c>logplex_url</c>;
/// <see href="https://devcenter.heroku.com/articles/platform-api-reference#log-session">Platform API: Log Session</see>).
/// </summary>
public interface ILogSource
{
    /// <summary>
    /// The lines of <paramref name="app"/>'s log within <paramref name="window"/>, as Heroku writes them
    /// (<c>timestamp source[dyno]: message</c>). Ends quietly when a limit of the window is reached.
    /// </summary>
    IAsyncEnumerable<string> ReadAsync(string app, LogWindow window, CancellationToken cancellationToken);
}
