namespace Cutover.Core.Dns;

/// <summary>The result of asking a DNS provider for a change: the outcome, in words for the thread.</summary>
/// <param name="Outcome">What happened.</param>
/// <param name="Text">What was done, or the exact instruction for people, or why nothing was done.</param>
/// <param name="Before">The record before, when the provider has it.</param>
/// <param name="After">The record after, when the provider changed it.</param>
public sealed record DnsChange(DnsChangeOutcome Outcome, string Text, DnsProviderRecord? Before = null, DnsProviderRecord? After = null)
{
    /// <summary>The record now has the wanted value (changed now or already so).</summary>
    public bool Done => Outcome is DnsChangeOutcome.Applied or DnsChangeOutcome.AlreadyInPlace;
}
