namespace Cutover.Chat.Slack.WebApi;

/// <summary><c>views.open</c> arguments: the interaction's <c>trigger_id</c> (valid for about 3 s, once) and the modal.</summary>
public sealed record ViewsOpenRequest(string TriggerId, SlackView View);
