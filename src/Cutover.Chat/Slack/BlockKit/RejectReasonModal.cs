using Cutover.Chat.Slack.Payloads;

namespace Cutover.Chat.Slack.BlockKit;

/// <summary>
/// The modal the Reject button opens (<c>views.open</c> with the click's <c>trigger_id</c>): one required text
/// input for the reason. The step payload and the approval message travel in <c>private_metadata</c> and come
/// back with the <c>view_submission</c>, which <see cref="TryParse"/> reads.
/// </summary>
public static class RejectReasonModal
{
    public const string CallbackId = "runbook.reject-reason";
    public const string ReasonBlockId = "runbook.reject-reason";
    public const string ReasonActionId = "reason";
    public const int MaxReasonLength = 500;

    public static SlackView Build(StepActionPayload payload, string channelId, string messageTs)
    {
        ArgumentNullException.ThrowIfNull(payload);
        ArgumentException.ThrowIfNullOrWhiteSpace(channelId);
        ArgumentException.ThrowIfNullOrWhiteSpace(messageTs);
        var metadata = JsonSerializer.Serialize(new RejectReasonMetadata(payload, channelId, messageTs));
        if (metadata.Length > BlockKitLimits.PrivateMetadata)
            throw new ArgumentException($"Reject metadata is {metadata.Length} characters; Slack allows {BlockKitLimits.PrivateMetadata}.", nameof(payload));
        var what = $"Rejecting step *{Mrkdwn.Escape(payload.StepId)}* of run {payload.RunId.ToString(CultureInfo.InvariantCulture)} " +
                   $"(version {payload.StepVersion.ToString(CultureInfo.InvariantCulture)}). The reason is posted in the run's thread.";
        return new SlackView(
            TextObject.Plain("Reject step"),
            TextObject.Plain("Reject"),
            TextObject.Plain("Cancel"),
            [
                new SectionBlock(TextObject.Markdown(what)),
                new InputBlock(
                    TextObject.Plain("Reason"),
                    new PlainTextInputElement(ReasonActionId)
                    {
                        Multiline = true,
                        MinLength = 1,
                        MaxLength = MaxReasonLength,
                        Placeholder = TextObject.Plain("Why should this step not run?"),
                    }) { BlockId = ReasonBlockId },
            ])
        {
            CallbackId = CallbackId,
            PrivateMetadata = metadata,
            ClearOnClose = true,
        };
    }

    /// <summary>
    /// Reads a submission of this modal. Fails (with a short reason) when it is another modal, the metadata is
    /// not ours, or the reason is blank — answer a blank reason with <see cref="ErrorResponse"/>.
    /// </summary>
    public static bool TryParse(
        SlackViewSubmission submission,
        [NotNullWhen(true)] out RejectReasonSubmission? result,
        [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(submission);
        result = null;
        error = Validate(submission, out var metadata, out var reason);
        if (error is not null)
            return false;
        result = new RejectReasonSubmission(metadata!.Payload, metadata.ChannelId, metadata.MessageTs, reason!, submission.UserId, submission.ViewId);
        return true;
    }

    /// <summary>
    /// The body of a 200 answer to a <c>view_submission</c> that keeps the modal open and shows
    /// <paramref name="message"/> under the reason input (<c>response_action: errors</c>).
    /// </summary>
    public static string ErrorResponse(string message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        return new JsonObject
        {
            ["response_action"] = "errors",
            ["errors"] = new JsonObject { [ReasonBlockId] = message },
        }.ToJsonString();
    }

    private static string? Validate(SlackViewSubmission submission, out RejectReasonMetadata? metadata, out string? reason)
    {
        metadata = null;
        reason = null;
        if (submission.CallbackId != CallbackId)
            return "not a reject-reason submission";
        try
        {
            metadata = JsonSerializer.Deserialize<RejectReasonMetadata>(submission.PrivateMetadata);
        }
        catch (JsonException)
        {
            return "reject-reason metadata is not valid JSON";
        }

        if (metadata is null || StepActionPayload.TryParse(JsonSerializer.Serialize(metadata.Payload)) is null
            || string.IsNullOrWhiteSpace(metadata.ChannelId) || string.IsNullOrWhiteSpace(metadata.MessageTs))
            return "reject-reason metadata is incomplete";
        reason = submission.Value(ReasonBlockId, ReasonActionId)?.Trim();
        return string.IsNullOrEmpty(reason) ? "the reason is empty" : null;
    }
}
