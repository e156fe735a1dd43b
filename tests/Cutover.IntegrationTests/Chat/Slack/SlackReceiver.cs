using Cutover.Chat.Slack.Verification;

namespace Cutover.IntegrationTests.Chat.Slack;

/// <summary>
/// A minimal bot side on a loopback port for testing the Slack layer without the host: the three Slack endpoints
/// verify the signature over the raw body (401 with the reason otherwise), parse with <see cref="SlackPayloadParser"/>
/// (400 with the error otherwise) and record what arrived. Answers the url_verification challenge.
/// </summary>
public sealed class SlackReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly List<SlackRequest> _received = [];
    private readonly List<string> _refusals = [];

    private SlackReceiver(WebApplication app, Uri baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    public IReadOnlyList<SlackRequest> Received
    {
        get
        {
            lock (_received)
                return [.. _received];
        }
    }

    /// <summary>Why requests were refused (the verifier's or parser's short reason), in order.</summary>
    public IReadOnlyList<string> Refusals
    {
        get
        {
            lock (_received)
                return [.. _refusals];
        }
    }

    public static async Task<SlackReceiver> StartAsync(string signingSecret, TimeProvider? clock = null)
    {
        var app = LoopbackApp.Create();
        var verifier = new SlackSignatureVerifier(signingSecret, clock ?? TimeProvider.System);
        SlackReceiver? receiver = null;
        app.MapPost("/slack/commands", context => receiver!.HandleAsync(context, verifier, SlackPayloadParser.ParseCommand));
        app.MapPost("/slack/interactions", context => receiver!.HandleAsync(context, verifier, SlackPayloadParser.ParseInteraction));
        app.MapPost("/slack/events", context => receiver!.HandleAsync(context, verifier, SlackPayloadParser.ParseEvent));
        var address = await app.StartOnLoopbackAsync();
        receiver = new SlackReceiver(app, address);
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private delegate SlackParseResult Parser(ReadOnlySpan<byte> body);

    private async Task HandleAsync(HttpContext context, SlackSignatureVerifier verifier, Parser parse)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer);
        var body = buffer.ToArray();
        var verification = verifier.Verify(
            context.Request.Headers[SlackSignature.TimestampHeader].FirstOrDefault(),
            context.Request.Headers[SlackSignature.SignatureHeader].FirstOrDefault(),
            body);
        if (!verification.IsValid)
        {
            Refuse(verification.Reason);
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        var parsed = parse(body);
        if (!parsed.IsSuccess)
        {
            Refuse(parsed.Error);
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.Response.WriteAsync(parsed.Error);
            return;
        }

        lock (_received)
            _received.Add(parsed.Request);
        if (parsed.Request is SlackUrlVerification verificationRequest)
            await context.Response.WriteAsJsonAsync(new { challenge = verificationRequest.Challenge });
    }

    private void Refuse(string reason)
    {
        lock (_received)
            _refusals.Add(reason);
    }
}
