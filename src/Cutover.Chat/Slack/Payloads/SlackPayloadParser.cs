using Cutover.Chat.Slack.Payloads.Wire;

namespace Cutover.Chat.Slack.Payloads;

/// <summary>
/// Turns verified request bodies into typed <see cref="SlackRequest"/>s. Never throws on bad input: a malformed
/// body gives a <see cref="SlackParseResult"/> with a short error (for a 400), and a well-formed request of a
/// kind Cutover ignores gives <see cref="SlackUnhandledRequest"/> (for a 200).
/// </summary>
public static class SlackPayloadParser
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Whether a command body is Slack's unsigned certificate check (<c>ssl_check=1</c>): the endpoint answers 200
    /// before verifying the signature, and does nothing.
    /// </summary>
    public static bool IsSslCheck(string formBody) =>
        formBody is not null && FormBody.Parse(formBody).TryGetValue("ssl_check", out var check) && check == "1";

    /// <summary>A slash command body (form-encoded, as POSTed to the command URL).</summary>
    public static SlackParseResult ParseCommand(ReadOnlySpan<byte> body) =>
        Decode(body, out var text) is { } error ? SlackParseResult.Failure(error) : ParseCommand(text);

    /// <inheritdoc cref="ParseCommand(ReadOnlySpan{byte})"/>
    public static SlackParseResult ParseCommand(string formBody)
    {
        ArgumentNullException.ThrowIfNull(formBody);
        return Command(FormBody.Parse(formBody));
    }

    /// <summary>A slash command as a JSON object of the same fields (how Socket Mode and SDK fixtures carry it).</summary>
    public static SlackParseResult ParseCommandJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                return SlackParseResult.Failure("command is not a JSON object");
            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (property.Value.ValueKind is JsonValueKind.String)
                    fields.TryAdd(property.Name, property.Value.GetString()!);
                else if (property.Value.ValueKind is JsonValueKind.True or JsonValueKind.False or JsonValueKind.Number)
                    fields.TryAdd(property.Name, property.Value.GetRawText());
            }

            return Command(fields);
        }
        catch (JsonException)
        {
            return SlackParseResult.Failure("command is not valid JSON");
        }
    }

    /// <summary>An interactivity body: form-encoded with one field, <c>payload</c>, holding JSON.</summary>
    public static SlackParseResult ParseInteraction(ReadOnlySpan<byte> body) =>
        Decode(body, out var text) is { } error ? SlackParseResult.Failure(error) : ParseInteraction(text);

    /// <inheritdoc cref="ParseInteraction(ReadOnlySpan{byte})"/>
    public static SlackParseResult ParseInteraction(string formBody)
    {
        ArgumentNullException.ThrowIfNull(formBody);
        return FormBody.Parse(formBody).TryGetValue("payload", out var payload) && payload.Length > 0
            ? ParseInteractionJson(payload)
            : SlackParseResult.Failure("missing payload field");
    }

    /// <summary>An interaction payload that is already JSON (the decoded <c>payload</c> field).</summary>
    public static SlackParseResult ParseInteractionJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (Deserialize<InteractionWire>(json, "payload", out var wire) is { } error)
            return SlackParseResult.Failure(error);
        return wire.Type switch
        {
            null or "" => SlackParseResult.Failure("payload has no type"),
            "block_actions" => BlockActions(wire),
            "view_submission" => ViewSubmission(wire),
            var other => SlackParseResult.Success(new SlackUnhandledRequest($"interaction:{other}")),
        };
    }

    /// <summary>An Events API body (JSON): the <c>url_verification</c> handshake or an <c>event_callback</c>.</summary>
    public static SlackParseResult ParseEvent(ReadOnlySpan<byte> body) =>
        Decode(body, out var text) is { } error ? SlackParseResult.Failure(error) : ParseEvent(text);

    /// <inheritdoc cref="ParseEvent(ReadOnlySpan{byte})"/>
    public static SlackParseResult ParseEvent(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (Deserialize<EventWire>(json, "event body", out var wire) is { } error)
            return SlackParseResult.Failure(error);
        return wire.Type switch
        {
            null or "" => SlackParseResult.Failure("event body has no type"),
            "url_verification" => string.IsNullOrEmpty(wire.Challenge)
                ? SlackParseResult.Failure("url_verification without challenge")
                : SlackParseResult.Success(new SlackUrlVerification(wire.Challenge)),
            "event_callback" => EventCallback(wire),
            var other => SlackParseResult.Success(new SlackUnhandledRequest($"event:{other}")),
        };
    }

    private static SlackParseResult Command(Dictionary<string, string> fields)
    {
        if (fields.TryGetValue("ssl_check", out var check) && check == "1")
            return SlackParseResult.Success(new SlackSslCheck());
        var missing = Missing(fields, "command", "user_id", "channel_id", "trigger_id");
        if (missing is not null)
            return SlackParseResult.Failure($"command without {missing}");
        return SlackParseResult.Success(new SlackSlashCommand(
            Optional(fields, "team_id"),
            fields["channel_id"],
            fields["user_id"],
            fields["command"],
            fields.GetValueOrDefault("text", string.Empty),
            Optional(fields, "response_url"),
            fields["trigger_id"],
            Optional(fields, "user_name")));
    }

    private static SlackParseResult BlockActions(InteractionWire wire)
    {
        var user = wire.User?.Id;
        var channel = NonEmpty(wire.Channel?.Id) ?? NonEmpty(wire.Container?.ChannelId);
        var messageTs = NonEmpty(wire.Container?.MessageTs) ?? NonEmpty(wire.Message?.Ts);
        if (string.IsNullOrWhiteSpace(user))
            return SlackParseResult.Failure("block_actions without user.id");
        if (channel is null || messageTs is null)
            return SlackParseResult.Failure("block_actions without a message container (channel and message ts)");
        if (string.IsNullOrWhiteSpace(wire.TriggerId))
            return SlackParseResult.Failure("block_actions without trigger_id");
        if (wire.Actions is not { Count: > 0 } actions)
            return SlackParseResult.Failure("block_actions without actions");
        if (actions.Any(a => string.IsNullOrWhiteSpace(a?.ActionId)))
            return SlackParseResult.Failure("block_actions action without action_id");
        return SlackParseResult.Success(new SlackBlockActions(
            NonEmpty(wire.User?.TeamId) ?? NonEmpty(wire.Team?.Id),
            user,
            channel,
            messageTs,
            NonEmpty(wire.Message?.ThreadTs) ?? NonEmpty(wire.Container?.ThreadTs),
            wire.Container?.IsEphemeral ?? false,
            [.. actions.Select(a => new SlackAction(a.ActionId!, NonEmpty(a.BlockId), a.Value, NonEmpty(a.ActionTs)))],
            wire.TriggerId,
            NonEmpty(wire.ResponseUrl),
            NonEmpty(wire.User?.Name) ?? NonEmpty(wire.User?.Username)));
    }

    private static SlackParseResult ViewSubmission(InteractionWire wire)
    {
        if (wire.User?.Id is not { } user || string.IsNullOrWhiteSpace(user))
            return SlackParseResult.Failure("view_submission without user.id");
        if (wire.View is not { Id: { Length: > 0 } viewId } view)
            return SlackParseResult.Failure("view_submission without view.id");
        var values = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var (blockId, inputs) in view.State?.Values ?? new Dictionary<string, IReadOnlyDictionary<string, JsonElement>>())
        {
            var texts = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (actionId, state) in inputs ?? new Dictionary<string, JsonElement>())
            {
                if (state.ValueKind == JsonValueKind.Object && state.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.String)
                    texts[actionId] = value.GetString()!;
            }

            values[blockId] = texts;
        }

        return SlackParseResult.Success(new SlackViewSubmission(
            NonEmpty(wire.User.TeamId) ?? NonEmpty(wire.Team?.Id),
            user,
            viewId,
            view.CallbackId ?? string.Empty,
            view.PrivateMetadata ?? string.Empty,
            values,
            NonEmpty(wire.TriggerId)));
    }

    private static SlackParseResult EventCallback(EventWire wire)
    {
        if (string.IsNullOrWhiteSpace(wire.EventId))
            return SlackParseResult.Failure("event_callback without event_id");
        if (wire.Event is not { Type: { Length: > 0 } type } inner)
            return SlackParseResult.Failure("event_callback without event.type");
        if (type != "app_mention")
            return SlackParseResult.Success(new SlackUnhandledRequest($"event:{type}"));
        if (string.IsNullOrWhiteSpace(inner.User) || string.IsNullOrWhiteSpace(inner.Channel) || string.IsNullOrWhiteSpace(inner.Ts))
            return SlackParseResult.Failure("app_mention without user, channel or ts");
        return SlackParseResult.Success(new SlackAppMention(
            NonEmpty(wire.TeamId), wire.EventId, inner.User, inner.Text ?? string.Empty, inner.Channel, inner.Ts, NonEmpty(inner.ThreadTs)));
    }

    private static string? Deserialize<T>(string json, string what, out T value)
        where T : class
    {
        value = null!;
        try
        {
            var parsed = JsonSerializer.Deserialize<T>(json, SlackPayloadJson.Options);
            if (parsed is null)
                return $"{what} is not a JSON object";
            value = parsed;
            return null;
        }
        catch (JsonException)
        {
            return $"{what} is not valid JSON of the expected shape";
        }
    }

    private static string? Decode(ReadOnlySpan<byte> body, out string text)
    {
        try
        {
            text = StrictUtf8.GetString(body);
            return null;
        }
        catch (DecoderFallbackException)
        {
            text = string.Empty;
            return "body is not UTF-8";
        }
    }

    /// <summary>The first field that is absent or blank: a blank id (<c>user_id= </c>) names nobody.</summary>
    private static string? Missing(Dictionary<string, string> fields, params string[] names) =>
        names.FirstOrDefault(name => !fields.TryGetValue(name, out var value) || string.IsNullOrWhiteSpace(value));

    private static string? Optional(Dictionary<string, string> fields, string name) =>
        fields.TryGetValue(name, out var value) && value.Length > 0 ? value : null;

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
