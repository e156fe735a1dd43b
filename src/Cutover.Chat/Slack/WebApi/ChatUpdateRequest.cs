namespace Cutover.Chat.Slack.WebApi;

/// <summary><c>chat.update</c> arguments: replaces the text and blocks of the message <see cref="Ts"/> in <see cref="Channel"/>.</summary>
public sealed record ChatUpdateRequest(string Channel, string Ts, string Text, IReadOnlyList<Block>? Blocks);
