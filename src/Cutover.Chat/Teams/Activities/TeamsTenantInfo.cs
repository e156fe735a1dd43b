namespace Cutover.Chat.Teams.Activities;

/// <summary>The Entra tenant of the conversation.</summary>
public sealed record TeamsTenantInfo(string? Id);
