namespace Cutover.IntegrationTests.Fakes.Slack;

/// <summary>The fake's Web API: one handler per method, Slack's envelope, Slack's error codes.</summary>
public sealed partial class FakeSlack
{
    private async Task HandleApiAsync(HttpContext context, string method)
    {
        var (status, body, retryAfter) = await AnswerAsync(context.Request, method);
        lock (_gate)
            _calls.Add(new FakeSlackCall(method, status, body["ok"]?.GetValue<bool>() == true ? null : body["error"]?.GetValue<string>()));
        Changed();
        context.Response.StatusCode = (int)status;
        if (retryAfter is { } wait)
            context.Response.Headers.RetryAfter = Math.Ceiling(wait.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(body.ToJsonString());
    }

    private async Task<(HttpStatusCode Status, JsonObject Body, TimeSpan? RetryAfter)> AnswerAsync(HttpRequest request, string method)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.Length == 0)
            return Error("not_authed");
        if (authorization != $"Bearer {BotToken}")
            return Error("invalid_auth");
        if (TakeFault(method) is { } fault)
            return (fault.Status, new JsonObject { ["ok"] = false, ["error"] = fault.Error }, fault.RetryAfter);
        if (!HttpMethods.IsPost(request.Method) && !HttpMethods.IsGet(request.Method))
            return Error("method_not_supported_for_channel_type");

        var args = await FakeSlackArgs.ReadAsync(request);
        if (args is null)
            return Error("invalid_json");
        try
        {
            var (status, body, retry) = method switch
            {
                "chat.postMessage" => PostMessage(args),
                "chat.update" => Update(args),
                "chat.postEphemeral" => PostEphemeral(args),
                "views.open" => OpenView(args),
                "usergroups.users.list" => UsergroupUsers(args),
                "users.info" => UserInfo(args),
                "conversations.info" => ConversationInfo(args),
                "files.getUploadURLExternal" => GetUploadUrl(args),
                "files.completeUploadExternal" => CompleteUpload(args),
                _ => Error("unknown_method"),
            };
            if (args.JsonWithoutCharset && body["ok"]?.GetValue<bool>() == true)
                body["warning"] = "missing_charset";
            return (status, body, retry);
        }
        catch (JsonException)
        {
            return Error("invalid_arguments");
        }
    }

    private (HttpStatusCode, JsonObject, TimeSpan?) PostMessage(FakeSlackArgs args)
    {
        if (args.String("channel") is not { } channel || !IsChannelId(channel))
            return Error("channel_not_found");
        if (Content(args) is not ({ } text, var blocks))
            return ContentError(args);
        var threadTs = args.String("thread_ts");
        FakeSlackMessage message;
        lock (_gate)
        {
            if (threadTs is not null && !_messages.Any(m => m.Channel == channel && m.Ts == threadTs))
                return Error("thread_not_found");
            message = new FakeSlackMessage(channel, NextTs(), threadTs, text, blocks, Version: 1);
            _messages.Add(message);
        }

        return Ok(new JsonObject
        {
            ["channel"] = channel,
            ["ts"] = message.Ts,
            ["message"] = MessageJson(message),
        });
    }

    private (HttpStatusCode, JsonObject, TimeSpan?) Update(FakeSlackArgs args)
    {
        if (args.String("channel") is not { } channel || !IsChannelId(channel))
            return Error("channel_not_found");
        if (args.String("ts") is not { } ts)
            return Error("message_not_found");
        if (Content(args) is not ({ } text, var blocks))
            return ContentError(args);
        lock (_gate)
        {
            var index = _messages.FindIndex(m => m.Channel == channel && m.Ts == ts);
            if (index < 0)
                return Error("message_not_found");
            var current = _messages[index];
            _messages[index] = current with { Text = text, Blocks = blocks, Version = current.Version + 1 };
            _updates.Add(new FakeSlackUpdate(channel, ts, text, blocks));
        }

        return Ok(new JsonObject { ["channel"] = channel, ["ts"] = ts, ["text"] = text });
    }

    private (HttpStatusCode, JsonObject, TimeSpan?) PostEphemeral(FakeSlackArgs args)
    {
        if (args.String("channel") is not { } channel || !IsChannelId(channel))
            return Error("channel_not_found");
        if (args.String("user") is not { } user)
            return Error("user_not_found");
        if (Content(args) is not ({ } text, var blocks))
            return ContentError(args);
        var messageTs = NextTs();
        lock (_gate)
            _ephemerals.Add(new FakeSlackEphemeral(channel, user, args.String("thread_ts"), text, blocks, messageTs));
        return Ok(new JsonObject { ["message_ts"] = messageTs });
    }

    private (HttpStatusCode, JsonObject, TimeSpan?) OpenView(FakeSlackArgs args)
    {
        if (args.String("trigger_id") is not { } triggerId)
            return Error("invalid_arguments");
        if (args.Json("view") is not { ValueKind: JsonValueKind.Object } view
            || !view.TryGetProperty("type", out var type) || type.GetString() != "modal"
            || !view.TryGetProperty("title", out _) || !view.TryGetProperty("blocks", out var blocks))
            return Error("invalid_arguments");
        if (FakeSlackBlockRules.Check(blocks, 100) is { Count: > 0 } problems)
            return InvalidBlocks(problems);
        var callbackId = view.TryGetProperty("callback_id", out var c) ? c.GetString() : null;
        var metadata = view.TryGetProperty("private_metadata", out var m) ? m.GetString() : null;
        if (metadata is { Length: > 3000 })
            return Error("invalid_arguments");
        FakeSlackView opened;
        lock (_gate)
        {
            if (!_triggers.TryGetValue(triggerId, out var trigger)
                || (TriggerLifetime is { } lifetime && Clock.GetUtcNow() - trigger.IssuedAt > lifetime))
                return Error("expired_trigger_id");
            if (trigger.Used)
                return Error("exchanged_trigger_id");
            trigger.Used = true;
            opened = new FakeSlackView($"V{Interlocked.Increment(ref _sequence).ToString("D8", CultureInfo.InvariantCulture)}",
                triggerId, trigger.User, callbackId, metadata, view);
            _views.Add(opened);
        }

        var answer = JsonNode.Parse(view.GetRawText())!.AsObject();
        answer["id"] = opened.Id;
        answer["team_id"] = TeamId;
        answer["app_id"] = AppId;
        answer["bot_id"] = BotId;
        return Ok(new JsonObject { ["view"] = answer });
    }

    private (HttpStatusCode, JsonObject, TimeSpan?) UsergroupUsers(FakeSlackArgs args)
    {
        string[]? members;
        lock (_gate)
            members = args.String("usergroup") is { } group && _userGroups.TryGetValue(group, out var found) ? found : null;
        return members is null
            ? Error("no_such_subteam")
            : Ok(new JsonObject { ["users"] = new JsonArray([.. members.Select(u => (JsonNode?)JsonValue.Create(u))]) });
    }

    private (HttpStatusCode, JsonObject, TimeSpan?) UserInfo(FakeSlackArgs args)
    {
        string? id = args.String("user"), name = null;
        lock (_gate)
        {
            if (id is not null)
                _users.TryGetValue(id, out name);
        }

        return name is null
            ? Error("user_not_found")
            : Ok(new JsonObject
            {
                ["user"] = new JsonObject
                {
                    ["id"] = id,
                    ["team_id"] = TeamId,
                    ["name"] = name,
                    ["real_name"] = name,
                    ["deleted"] = false,
                    ["is_bot"] = false,
                    ["tz"] = "Europe/Berlin",
                },
            });
    }

    private (HttpStatusCode, JsonObject, TimeSpan?) ConversationInfo(FakeSlackArgs args)
    {
        var id = args.String("channel");
        (string Name, bool IsPrivate) channel = default;
        bool known;
        lock (_gate)
            known = id is not null && _channels.TryGetValue(id, out channel);
        return !known
            ? Error("channel_not_found")
            : Ok(new JsonObject
            {
                ["channel"] = new JsonObject
                {
                    ["id"] = id,
                    ["name"] = channel.Name,
                    ["is_channel"] = !channel.IsPrivate,
                    ["is_group"] = channel.IsPrivate,
                    ["is_im"] = false,
                    ["is_private"] = channel.IsPrivate,
                    ["is_archived"] = false,
                    ["is_member"] = true,
                },
            });
    }

    private Fault? TakeFault(string method)
    {
        lock (_gate)
        {
            if (_faults.Count == 0 || (_faults.Peek().Method is { } only && only != method))
                return null;
            return _faults.Dequeue();
        }
    }

    private static JsonObject MessageJson(FakeSlackMessage message)
    {
        var json = new JsonObject
        {
            ["type"] = "message",
            ["user"] = BotUserId,
            ["bot_id"] = BotId,
            ["app_id"] = AppId,
            ["team"] = TeamId,
            ["text"] = message.Text,
            ["ts"] = message.Ts,
        };
        if (message.ThreadTs is not null)
            json["thread_ts"] = message.ThreadTs;
        if (message.Blocks is { } blocks)
            json["blocks"] = JsonNode.Parse(blocks.GetRawText());
        return json;
    }

    private static bool IsChannelId(string id) => id.Length > 1 && id[0] is 'C' or 'G' or 'D';

    private static (HttpStatusCode, JsonObject, TimeSpan?) Ok(JsonObject body)
    {
        var answer = new JsonObject { ["ok"] = true };
        foreach (var (key, value) in body.ToList())
        {
            body.Remove(key);
            answer[key] = value;
        }

        return (HttpStatusCode.OK, answer, null);
    }

    /// <summary>The text and blocks a chat.* call carries: the text is empty when only blocks came; null when the call is invalid.</summary>
    private static (string Text, JsonElement? Blocks)? Content(FakeSlackArgs args)
    {
        var (text, blocks) = (args.String("text"), args.Json("blocks"));
        if ((text is null && blocks is null) || (blocks is { } b && FakeSlackBlockRules.Check(b, 50).Count > 0))
            return null;
        return (text ?? string.Empty, blocks);
    }

    /// <summary>Slack's answer to an invalid <see cref="Content"/>: <c>no_text</c>, or <c>invalid_blocks</c> with the problems.</summary>
    private static (HttpStatusCode, JsonObject, TimeSpan?) ContentError(FakeSlackArgs args) =>
        args.Json("blocks") is { } blocks ? InvalidBlocks(FakeSlackBlockRules.Check(blocks, 50)) : Error("no_text");

    private static (HttpStatusCode, JsonObject, TimeSpan?) Error(string error) =>
        (HttpStatusCode.OK, new JsonObject { ["ok"] = false, ["error"] = error }, null);

    private static (HttpStatusCode, JsonObject, TimeSpan?) InvalidBlocks(List<string> problems) =>
        (HttpStatusCode.OK, new JsonObject
        {
            ["ok"] = false,
            ["error"] = "invalid_blocks",
            ["response_metadata"] = new JsonObject { ["messages"] = new JsonArray([.. problems.Select(p => (JsonNode?)JsonValue.Create(p))]) },
        }, null);
}
