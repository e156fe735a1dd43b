namespace Cutover.Infrastructure.Heroku.Models;

/// <summary>Who may reach a space's web dynos (SCHEMA <c>inbound-ruleset</c>).</summary>
public sealed record InboundRuleset
{
    /// <summary>Unique identifier.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The rules, in order.</summary>
    public IReadOnlyList<InboundRulesetRule> Rules { get; init; } = [];
}

/// <summary>One rule of an <see cref="InboundRuleset"/>.</summary>
/// <param name="Action"><c>allow</c> or <c>deny</c>.</param>
/// <param name="Source">An IPv4 CIDR block.</param>
public sealed record InboundRulesetRule(string Action, string Source);
