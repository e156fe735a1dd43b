namespace Cutover.Chat.Teams.Connector;

/// <summary>The id of the activity the Connector created or updated.</summary>
public sealed record ResourceResponse(string? Id);
