using Cutover.Chat.Slack.Verification;

namespace Cutover.IntegrationTests.Fakes.Slack;

/// <summary>
/// The workspace's people: requests to the bot exactly as Slack sends them — form bodies (interactions as one
/// URL-encoded <c>payload</c> field of JSON), <c>X-Slack-Request-Timestamp</c> and <c>X-Slack-Signature</c> signed
/// with the app's signing secret on <see cref="Clock"/>, and a fresh <c>trigger_id</c> per command or click.
/// </summary>
public sealed partial class FakeSlack
{
    /// <summary><c>/cutover &lt;text&gt;</c> typed by <paramref name="user"/> in <paramref name="channel"/>.</summary>
    public Task<HttpResponseMessage> SendCommandAsync(Uri botBaseUrl, string user, string channel, string text,
        CancellationToken cancellationToken = default)
    {
        var triggerId = IssueTrigger(user, channel);
        var fields = new Dictionary<string, string>
        {
            ["token"] = "legacy-verification-token",
            ["team_id"] = UserTeam(user),
            ["team_domain"] = TeamDomain,
            ["channel_id"] = channel,
            ["channel_name"] = ChannelName(channel),
            ["user_id"] = user,
            ["user_name"] = UserName(user),
            ["command"] = Command,
            ["text"] = text,
            ["api_app_id"] = AppId,
            ["is_enterprise_install"] = "false",
            ["response_url"] = new Uri(Root, $"responses/{triggerId}").ToString(),
            ["trigger_id"] = triggerId,
        };
        return DeliverAsync(new FakeSlackDelivery(new Uri(botBaseUrl, CommandsPath), FormType, Form(fields), "command"), null, cancellationToken);
    }

    /// <summary>
    /// <paramref name="user"/> clicks the button <paramref name="actionId"/> of <paramref name="message"/> as they saw it
    /// (pass an older snapshot for a stale click). A button with a confirm dialog is clicked and confirmed.
    /// </summary>
    public Task<HttpResponseMessage> ClickAsync(Uri botBaseUrl, string user, FakeSlackMessage message, string actionId,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var (block, button) = message.Find(actionId)
            ?? throw new InvalidOperationException($"Message {message.Ts} has no button {actionId}; it has [{string.Join(", ", message.ActionIds)}].");
        var triggerId = IssueTrigger(user, message.Channel, message.Ts);
        var action = new JsonObject
        {
            ["action_id"] = actionId,
            ["block_id"] = block.TryGetProperty("block_id", out var blockId) ? blockId.GetString() : $"b{message.Ts}",
            ["text"] = JsonNode.Parse(button.GetProperty("text").GetRawText()),
            ["value"] = button.TryGetProperty("value", out var value) ? value.GetString() : null,
            ["type"] = "button",
            ["action_ts"] = NextTs(),
        };
        if (button.TryGetProperty("style", out var style))
            action["style"] = style.GetString();
        var messageJson = MessageJson(message);
        var payload = new JsonObject
        {
            ["type"] = "block_actions",
            ["user"] = UserJson(user),
            ["api_app_id"] = AppId,
            ["token"] = "legacy-verification-token",
            ["container"] = new JsonObject
            {
                ["type"] = "message",
                ["message_ts"] = message.Ts,
                ["channel_id"] = message.Channel,
                ["is_ephemeral"] = false,
                ["thread_ts"] = message.ThreadTs,
            },
            ["trigger_id"] = triggerId,
            ["team"] = new JsonObject { ["id"] = TeamId, ["domain"] = TeamDomain },
            ["enterprise"] = null,
            ["is_enterprise_install"] = false,
            ["channel"] = new JsonObject { ["id"] = message.Channel, ["name"] = ChannelName(message.Channel) },
            ["message"] = messageJson,
            ["state"] = new JsonObject { ["values"] = new JsonObject() },
            ["response_url"] = new Uri(Root, $"responses/{triggerId}").ToString(),
            ["actions"] = new JsonArray(action),
        };
        return DeliverAsync(Interaction(botBaseUrl, payload, "click"), null, cancellationToken);
    }

    /// <summary>
    /// <paramref name="user"/> types <paramref name="reason"/> into the first text input of <paramref name="view"/>
    /// (the reject-reason modal) and presses its submit button.
    /// </summary>
    public Task<HttpResponseMessage> SubmitRejectReasonAsync(Uri botBaseUrl, string user, FakeSlackView view, string reason,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(view);
        var (blockId, actionId) = view.TextInput() ?? throw new InvalidOperationException($"View {view.Id} has no text input.");
        var submitted = JsonNode.Parse(view.View.GetRawText())!.AsObject();
        submitted["id"] = view.Id;
        submitted["team_id"] = TeamId;
        submitted["app_id"] = AppId;
        submitted["bot_id"] = BotId;
        submitted["hash"] = $"{view.Id}.hash";
        submitted["state"] = new JsonObject
        {
            ["values"] = new JsonObject
            {
                [blockId] = new JsonObject { [actionId] = new JsonObject { ["type"] = "plain_text_input", ["value"] = reason } },
            },
        };
        var payload = new JsonObject
        {
            ["type"] = "view_submission",
            ["team"] = new JsonObject { ["id"] = TeamId, ["domain"] = TeamDomain },
            ["user"] = UserJson(user),
            ["api_app_id"] = AppId,
            ["token"] = "legacy-verification-token",
            ["trigger_id"] = IssueTrigger(user, null),
            ["view"] = submitted,
            ["response_urls"] = new JsonArray(),
            ["is_enterprise_install"] = false,
        };
        return DeliverAsync(Interaction(botBaseUrl, payload, "view_submission"), null, cancellationToken);
    }

    /// <summary><c>@Cutover &lt;text&gt;</c> by <paramref name="user"/>: an <c>app_mention</c> Events API callback.</summary>
    public Task<HttpResponseMessage> MentionAsync(Uri botBaseUrl, string user, string channel, string text, string? threadTs = null,
        CancellationToken cancellationToken = default)
    {
        var ts = NextTs();
        var inner = new JsonObject
        {
            ["type"] = "app_mention",
            ["user"] = user,
            ["text"] = $"<@{BotUserId}> {text}",
            ["ts"] = ts,
            ["channel"] = channel,
            ["event_ts"] = ts,
            ["team"] = TeamId,
        };
        if (threadTs is not null)
            inner["thread_ts"] = threadTs;
        var body = new JsonObject
        {
            ["token"] = "legacy-verification-token",
            ["team_id"] = TeamId,
            ["api_app_id"] = AppId,
            ["event"] = inner,
            ["type"] = "event_callback",
            ["event_id"] = $"Ev{Interlocked.Increment(ref _sequence).ToString("D8", CultureInfo.InvariantCulture)}",
            ["event_time"] = Clock.GetUtcNow().ToUnixTimeSeconds(),
        };
        return DeliverAsync(new FakeSlackDelivery(new Uri(botBaseUrl, EventsPath), JsonType, body.ToJsonString(), "event"), null, cancellationToken);
    }

    /// <summary>Sends a recorded delivery again, re-signed now, with Slack's retry headers (as the Events API retries).</summary>
    public Task<HttpResponseMessage> RedeliverAsync(FakeSlackDelivery delivery, int retryNum, string retryReason = "http_timeout",
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        return DeliverAsync(delivery, (retryNum, retryReason), cancellationToken);
    }

    private const string FormType = "application/x-www-form-urlencoded";
    private const string JsonType = "application/json";

    private async Task<HttpResponseMessage> DeliverAsync(FakeSlackDelivery delivery, (int Num, string Reason)? retry,
        CancellationToken cancellationToken)
    {
        var bytes = Encoding.UTF8.GetBytes(delivery.Body);
        var (timestamp, signature) = SlackSignature.Sign(SigningSecret, Clock.GetUtcNow(), bytes);
        using var request = new HttpRequestMessage(HttpMethod.Post, delivery.Endpoint) { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new(delivery.ContentType);
        request.Headers.Add(SlackSignature.TimestampHeader, timestamp);
        request.Headers.Add(SlackSignature.SignatureHeader, signature);
        request.Headers.UserAgent.ParseAdd("Slackbot 1.0 (+https://api.slack.com/robots)");
        if (retry is { } r)
        {
            request.Headers.Add("X-Slack-Retry-Num", r.Num.ToString(CultureInfo.InvariantCulture));
            request.Headers.Add("X-Slack-Retry-Reason", r.Reason);
        }

        lock (_gate)
            _deliveries.Add(delivery);
        Changed();
        var response = await _toBot.SendAsync(request, cancellationToken);
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        return response;
    }

    private FakeSlackDelivery Interaction(Uri botBaseUrl, JsonObject payload, string kind) =>
        new(new Uri(botBaseUrl, InteractionsPath), FormType, Form(new Dictionary<string, string> { ["payload"] = payload.ToJsonString() }), kind);

    private string IssueTrigger(string user, string? channel, string? messageTs = null)
    {
        var id = $"{Interlocked.Increment(ref _sequence).ToString(CultureInfo.InvariantCulture)}.{TeamId}.{Guid.NewGuid():N}";
        lock (_gate)
            _triggers[id] = new Trigger(user, channel, Clock.GetUtcNow(), messageTs);
        return id;
    }

    private JsonObject UserJson(string user) => new()
    {
        ["id"] = user,
        ["username"] = UserName(user),
        ["name"] = UserName(user),
        ["team_id"] = UserTeam(user),
    };

    private string UserName(string user)
    {
        lock (_gate)
            return _users.TryGetValue(user, out var name) ? name : user.ToLowerInvariant();
    }

    private string ChannelName(string channel)
    {
        lock (_gate)
            return _channels.TryGetValue(channel, out var known) ? known.Name : channel.ToLowerInvariant();
    }

    /// <summary>Form encoding as Slack writes it: spaces as <c>+</c>, everything else percent-encoded.</summary>
    private static string Form(Dictionary<string, string> fields) =>
        string.Join('&', fields.Select(f => $"{WebUtility.UrlEncode(f.Key)}={WebUtility.UrlEncode(f.Value)}"));
}
