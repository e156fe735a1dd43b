namespace Cutover.Core.Messages;

/// <summary>How prominent a button is.</summary>
public enum ActionStyle
{
    Default,
    Primary,
    Danger,
}
