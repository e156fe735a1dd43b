namespace Cutover.Core.Parity;

/// <summary>How one property of the target compares with the source's.</summary>
public enum ParityOutcome
{
    /// <summary>The same on both apps.</summary>
    Same,

    /// <summary>Different the way the plan said it would be (a private-space plan or size, a default the space sets).</summary>
    AsPlanned,

    /// <summary>Different, and nothing in the plan explains it.</summary>
    Differs,
}
