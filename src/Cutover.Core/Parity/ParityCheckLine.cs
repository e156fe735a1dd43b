namespace Cutover.Core.Parity;

/// <summary>One property of the parity check: what the two apps have, or what differs and why.</summary>
/// <param name="Property">e.g. <c>Log drains</c>.</param>
/// <param name="Outcome">Same, different as planned, or different.</param>
/// <param name="Detail">What both have, or what differs; URLs by scheme and host only.</param>
public sealed record ParityCheckLine(string Property, ParityOutcome Outcome, string Detail)
{
    /// <summary><c>✓ Stack: heroku-24</c>, <c>✓ Add-ons: … (as planned: …)</c> or <c>✗ Log drains: missing on the target: …</c>.</summary>
    public override string ToString() => Outcome switch
    {
        ParityOutcome.Differs => $"✗ {Property}: {Detail}",
        _ => $"✓ {Property}: {Detail}",
    };
}
