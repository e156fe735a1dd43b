using System.Runtime.CompilerServices;

namespace Cutover.Infrastructure.Monitoring;

/// <summary>
/// Reads an app's logs the way the Heroku CLI does: <c>POST /apps/{app}/log-sessions</c>
/// (<see href="https://devcenter.heroku.com/articles/platform-api-reference#log-session-create">Log Session Create</see>),
/// then <c>GET logplex_url</c> as Server-Sent Events (plain lines are read too). A 403/404 on the stream means
/// the session expired: one new session is tried. The read ends quietly at the window's line or time limit.
/// </summary>
public sealed partial class HerokuLogSource(
    ILogSessionsApi sessions,
    IHttpClientFactory httpClients,
    TimeProvider timeProvider,
    ILogger<HerokuLogSource> logger) : ILogSource
{
    /// <summary>The named <see cref="HttpClient"/> that reads log streams (no token: the URL is the credential).</summary>
    public const string StreamClientName = "heroku-log-stream";

    public async IAsyncEnumerable<string> ReadAsync(string app, LogWindow window, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(app);
        ArgumentNullException.ThrowIfNull(window);
        window.Validate();
        var started = timeProvider.GetTimestamp();
        using var deadline = new CancellationTokenSource(window.MaxDuration, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        var read = new Bounded(deadline, cancellationToken, linked.Token);

        var lines = 0;
        using var response = await read.OrNullAsync<HttpResponseMessage>(async token => await OpenAsync(app, window, token).ConfigureAwait(false)).ConfigureAwait(false);
        if (response is not null)
        {
            var events = response.Content.Headers.ContentType?.MediaType == "text/event-stream";
            using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(linked.Token).ConfigureAwait(false), Encoding.UTF8);
            while (lines < window.MaxLines && await read.OrNullAsync<string>(token => reader.ReadLineAsync(token).AsTask()).ConfigureAwait(false) is { } raw)
            {
                var line = events ? EventData(raw) : raw;
                if (string.IsNullOrEmpty(line))
                    continue;
                lines++;
                yield return line;
            }
        }

        var elapsed = timeProvider.GetElapsedTime(started);
        LogRead(logger, lines, app, elapsed.TotalMilliseconds);
    }

    /// <summary>The data of an SSE <c>data:</c> field; null for other fields, comments and event separators.</summary>
    private static string? EventData(string line)
    {
        if (!line.StartsWith("data:", StringComparison.Ordinal))
            return null;
        return line.Length > 5 && line[5] == ' ' ? line[6..] : line[5..];
    }

    private async Task<HttpResponseMessage> OpenAsync(string app, LogWindow window, CancellationToken cancellationToken)
    {
        var request = new LogSessionCreate(Lines: window.RecentLines, Tail: window.Tail, Source: window.Source, Type: window.ProcessType);
        var client = httpClients.CreateClient(StreamClientName);
        for (var attempt = 1; ; attempt++)
        {
            var session = await sessions.CreateAsync(app, request, cancellationToken).ConfigureAwait(false);
            if (!Uri.TryCreate(session.LogplexUrl, UriKind.Absolute, out var url))
                throw new LogSourceException($"Heroku returned a log session for {app} without a usable logplex_url.");
            using var get = new HttpRequestMessage(HttpMethod.Get, url);
            get.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
            var response = await client.SendAsync(get, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            if (response.IsSuccessStatusCode)
                return response;
            var status = response.StatusCode;
            response.Dispose();
            if (attempt == 1 && status is HttpStatusCode.NotFound or HttpStatusCode.Forbidden)
                continue;
            throw new LogSourceException($"The log stream of {app} answered {(int)status} ({status})"
                + (attempt > 1 ? " again, with a new log session." : "."));
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Read {Lines} log line(s) of {App} in {ElapsedMs:F0} ms")]
    private static partial void LogRead(ILogger logger, int lines, string app, double elapsedMs);

    /// <summary>Runs a step of the read; when the window's time is up (not the caller's cancellation) the step yields null.</summary>
    private sealed class Bounded(CancellationTokenSource deadline, CancellationToken caller, CancellationToken linked)
    {
        public async Task<T?> OrNullAsync<T>(Func<CancellationToken, Task<T?>> step)
            where T : class
        {
            try
            {
                return await step(linked).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (deadline.IsCancellationRequested && !caller.IsCancellationRequested)
            {
                return null;
            }
        }
    }
}
