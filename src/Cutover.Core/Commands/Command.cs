namespace Cutover.Core.Commands;

/// <summary>A parsed <c>/cutover</c> (Slack) or <c>@Cutover</c> (Teams) command. The set is closed.</summary>
public abstract record Command;
