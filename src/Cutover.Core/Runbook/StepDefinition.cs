namespace Cutover.Core.Runbook;

/// <summary>One entry of the fixed runbook (Heroku's migration guide, as docs/architecture.md lists it).</summary>
/// <param name="Number">Position in the runbook, 0-based, as users type it (<c>approve 12 5</c>).</param>
/// <param name="Id">Stable slug, as users type it (<c>approve 12 deploy</c>) and as stored.</param>
/// <param name="Title">Human title for messages.</param>
/// <param name="Phase">When the step happens.</param>
/// <param name="Destructive">Needs the destructive quorum (two distinct approvers by default).</param>
/// <param name="PointOfNoReturn">Once it has succeeded the run cannot be aborted, only finished.</param>
/// <param name="Skippable">Whether the runbook allows skipping it (skip still needs approval).</param>
/// <param name="Watches">What of the source app the step's work depends on: checked for changes between the
/// approval request and the start.</param>
public sealed record StepDefinition(
    int Number,
    string Id,
    string Title,
    Phase Phase,
    bool Destructive = false,
    bool PointOfNoReturn = false,
    bool Skippable = true,
    SourceAspect Watches = SourceAspect.None)
{
    /// <summary>Whether the step is one of the runbook's ordered steps (every step but the rollback).</summary>
    public bool InSequence => Phase != Phase.Rollback;

    public override string ToString() => $"{Number} ({Id})";
}
