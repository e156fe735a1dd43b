namespace Cutover.Core.Commands;

/// <summary><c>retry &lt;run&gt; &lt;step&gt;</c>, or <c>retry &lt;run&gt; deploy from &lt;https URL of a source tarball&gt;</c>.</summary>
/// <param name="RunId">The run.</param>
/// <param name="Step">The failed or rejected step to ask approval for again.</param>
/// <param name="SourceUrl">For <c>deploy</c>: the source to build the target from when the slug cannot be copied.</param>
public sealed record RetryCommand(long RunId, StepDefinition Step, Uri? SourceUrl = null) : Command;
