namespace Cutover.Chat.Slack.Payloads;

/// <summary>
/// A modal's submit (<c>view_submission</c>). <see cref="Values"/> holds the text inputs' values, keyed by
/// block id and then action id (<c>view.state.values</c>); inputs without a text value are absent.
/// </summary>
public sealed record SlackViewSubmission(
    string? TeamId,
    string UserId,
    string ViewId,
    string CallbackId,
    string PrivateMetadata,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Values,
    string? TriggerId) : SlackRequest
{
    public override string DedupeKey => SlackDedupeKeys.View(ViewId);

    /// <summary>The submitted text of the input <paramref name="actionId"/> in block <paramref name="blockId"/>, if any.</summary>
    public string? Value(string blockId, string actionId) =>
        Values.TryGetValue(blockId, out var block) && block.TryGetValue(actionId, out var value) ? value : null;
}
