namespace Cutover.Core.Planning;

/// <summary>One rule of a space's inbound ruleset: who may reach the space's web dynos.</summary>
/// <param name="Action"><c>allow</c> or <c>deny</c>.</param>
/// <param name="Source">An IPv4 CIDR block, e.g. <c>203.0.113.0/24</c>.</param>
public sealed record InboundRule(string Action, string Source)
{
    /// <summary>Whether the rule lets everyone in (<c>allow 0.0.0.0/0</c>).</summary>
    public bool AllowsEveryone => string.Equals(Action, "allow", StringComparison.OrdinalIgnoreCase) && Source == "0.0.0.0/0";
}
