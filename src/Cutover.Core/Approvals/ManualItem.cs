namespace Cutover.Core.Approvals;

/// <summary>A manual action with who confirmed it and when (both null while it waits).</summary>
public sealed record ManualItem(ManualAction Action, string? ConfirmedBy, DateTimeOffset? ConfirmedAt)
{
    public bool Done => ConfirmedBy is not null;
}
