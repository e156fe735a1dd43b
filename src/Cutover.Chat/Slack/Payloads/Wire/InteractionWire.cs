namespace Cutover.Chat.Slack.Payloads.Wire;

/// <summary>The fields Cutover reads from an interaction payload (<c>block_actions</c>, <c>view_submission</c>); the rest is ignored.</summary>
internal sealed record InteractionWire
{
    public string? Type { get; init; }

    public UserWire? User { get; init; }

    public IdWire? Team { get; init; }

    public IdWire? Channel { get; init; }

    public ContainerWire? Container { get; init; }

    public MessageWire? Message { get; init; }

    public IReadOnlyList<ActionWire>? Actions { get; init; }

    public string? TriggerId { get; init; }

    public string? ResponseUrl { get; init; }

    public ViewWire? View { get; init; }
}

internal sealed record IdWire
{
    public string? Id { get; init; }
}

/// <summary>Who acted: their id, and their own workspace (in a channel shared between workspaces it is not the channel's).</summary>
internal sealed record UserWire
{
    public string? Id { get; init; }

    public string? TeamId { get; init; }

    /// <summary>The person's name as Slack sends it with an interaction (their username).</summary>
    public string? Name { get; init; }

    public string? Username { get; init; }
}

internal sealed record ContainerWire
{
    public string? Type { get; init; }

    public string? MessageTs { get; init; }

    public string? ChannelId { get; init; }

    public string? ThreadTs { get; init; }

    public bool? IsEphemeral { get; init; }
}

internal sealed record MessageWire
{
    public string? Ts { get; init; }

    public string? ThreadTs { get; init; }
}

internal sealed record ActionWire
{
    public string? ActionId { get; init; }

    public string? BlockId { get; init; }

    public string? Value { get; init; }

    public string? ActionTs { get; init; }
}

internal sealed record ViewWire
{
    public string? Id { get; init; }

    public string? CallbackId { get; init; }

    public string? PrivateMetadata { get; init; }

    public ViewStateWire? State { get; init; }
}

internal sealed record ViewStateWire
{
    /// <summary>block id → action id → input state (<c>{"type":"plain_text_input","value":"…"}</c> for text inputs).</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, JsonElement>>? Values { get; init; }
}
