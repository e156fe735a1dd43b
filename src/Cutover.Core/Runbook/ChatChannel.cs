namespace Cutover.Core.Runbook;

/// <summary>Where a run's conversation lives.</summary>
public enum ChatChannel
{
    Slack,
    Teams,
    Console,
}
