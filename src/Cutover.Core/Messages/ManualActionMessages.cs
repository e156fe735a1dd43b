namespace Cutover.Core.Messages;

/// <summary>The thread message of one manual action: what to do and its Done button, then who confirmed it.</summary>
public static class ManualActionMessages
{
    /// <summary>The action waiting (with its Done button) or confirmed (who, when; no button).</summary>
    public static ChatMessage Of(Run run, Step step, ManualItem item)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(item);
        var title = $"Step {step.Number.ToString(CultureInfo.InvariantCulture)} manual action: {item.Action.Title}";
        MessageField[] about = [new("Run", $"{run.Id} ({run.SourceApp} → {run.TargetSpace})"), new("What to do", item.Action.Instructions)];
        if (item is { ConfirmedBy: { } by, ConfirmedAt: { } at })
        {
            return new ChatMessage($"✓ {title} — done", MessageStatus.Success,
                [.. about, new("Confirmed by", $"{by} at {at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)}")], []);
        }

        return new ChatMessage(title, MessageStatus.Pending,
            [.. about, new("Then", $"Click Done. Step {step.Definition} cannot be approved until every manual action is confirmed.")],
            [new(ActionIds.ConfirmManualAction, "Done", ActionStyle.Primary, new StepActionPayload(run.Id, step.StepId, step.Version, item.Action.Key))])
        {
            Mentions = [run.RequestedBy],
        };
    }

    /// <summary>The private answer to a Done click on an action someone had already confirmed.</summary>
    public static ChatMessage AlreadyConfirmed(ManualItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return ChatMessage.Plain("Already done", MessageStatus.Info,
            $"{item.ConfirmedBy} confirmed \"{item.Action.Title}\" at {item.ConfirmedAt?.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)}; nothing more to do.");
    }
}
