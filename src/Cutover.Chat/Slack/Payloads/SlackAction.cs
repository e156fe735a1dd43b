namespace Cutover.Chat.Slack.Payloads;

/// <summary>One element of a <c>block_actions</c> payload: for a button, its action id and value.</summary>
public sealed record SlackAction(string ActionId, string? BlockId, string? Value, string? ActionTs);
