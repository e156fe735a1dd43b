namespace Cutover.Sandbox.Runtime;

/// <summary>
/// Added to every HTTP client in sandbox mode: a call to the simulated Heroku is bracketed by
/// <see cref="SandboxClock.EnterCallAsync"/> and <see cref="SandboxClock.ExitCall"/>, outside the retry and timeout
/// handlers, so the clock neither jumps nor races ahead while Heroku is being asked something. Other calls pass through.
/// </summary>
internal sealed class SandboxCallHandler(SandboxClock clock, Uri heroku) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.RequestUri is not { } uri || Uri.Compare(uri, heroku, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) != 0)
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        await clock.EnterCallAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            clock.ExitCall();
        }
    }
}
