namespace Cutover.IntegrationTests.Fakes.Slack;

/// <summary>
/// The fake's <c>response_url</c>s (one per command or click; no token needed, JSON body with <c>text</c>,
/// <c>blocks</c>, <c>response_type</c>, <c>replace_original</c>, <c>thread_ts</c>): applied to the recordings as
/// Slack shows them — a channel message, an ephemeral, or the clicked message replaced.
/// </summary>
public sealed partial class FakeSlack
{
    private async Task HandleResponseUrlAsync(HttpContext context, string triggerId)
    {
        Trigger? trigger;
        lock (_gate)
            _triggers.TryGetValue(triggerId, out trigger);
        if (trigger?.Channel is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            await context.Response.WriteAsync("no_such_response_url");
            return;
        }

        JsonElement body;
        try
        {
            using var document = await JsonDocument.ParseAsync(context.Request.Body);
            body = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.Response.WriteAsync("invalid_payload");
            return;
        }

        var text = body.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : string.Empty;
        JsonElement? blocks = body.TryGetProperty("blocks", out var b) && b.ValueKind == JsonValueKind.Array ? b : null;
        var type = body.TryGetProperty("response_type", out var r) && r.GetString() == "in_channel" ? "in_channel" : "ephemeral";
        var replace = body.TryGetProperty("replace_original", out var o) && o.ValueKind == JsonValueKind.True;
        var threadTs = body.TryGetProperty("thread_ts", out var th) ? th.GetString() : null;
        if (text.Length == 0 && blocks is null)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.Response.WriteAsync("no_text");
            return;
        }

        lock (_gate)
        {
            _responses.Add(new FakeSlackResponse(trigger.User, trigger.Channel, text, blocks, type, replace));
            var original = replace && trigger.MessageTs is { } ts ? _messages.FindIndex(m => m.Channel == trigger.Channel && m.Ts == ts) : -1;
            if (original >= 0)
            {
                _messages[original] = _messages[original] with { Text = text, Blocks = blocks, Version = _messages[original].Version + 1 };
                _updates.Add(new FakeSlackUpdate(trigger.Channel, _messages[original].Ts, text, blocks));
            }
            else if (type == "in_channel")
            {
                _messages.Add(new FakeSlackMessage(trigger.Channel, NextTs(), threadTs, text, blocks, Version: 1));
            }
            else
            {
                _ephemerals.Add(new FakeSlackEphemeral(trigger.Channel, trigger.User, threadTs, text, blocks, NextTs()));
            }
        }

        Changed();
        await context.Response.WriteAsync("ok");
    }
}
