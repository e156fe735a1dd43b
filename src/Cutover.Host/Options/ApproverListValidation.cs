namespace Cutover.Host.Options;

/// <summary>
/// Start-up check of the approver settings: every entry says its platform, and every approver group's platform is one
/// Cutover can ask for the group's members (Slack for <c>slack-group:</c>, Microsoft Graph for <c>teams-group:</c>).
/// </summary>
public sealed class ApproverListValidation(IEnumerable<IGroupMembership> memberships) : IValidateOptions<ApprovalOptions>
{
    public ValidateOptionsResult Validate(string? name, ApprovalOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (ApproverList.Users(options.Users) is { IsRefused: true } users)
            return ValidateOptionsResult.Fail(users.Refusal.Reason);
        var groups = ApproverList.Groups(options.Groups);
        if (groups.IsRefused)
            return ValidateOptionsResult.Fail(groups.Refusal.Reason);
        var sources = memberships.Select(m => m.Platform).ToHashSet();
        return groups.Value.FirstOrDefault(g => !sources.Contains(g.Platform)) is { } unresolved
            ? ValidateOptionsResult.Fail($"{ApproverList.GroupsSetting} lists {unresolved}, but nothing can resolve its members: "
                + (unresolved.Platform == ChatChannel.Teams
                    ? "set MicrosoftAppId, MicrosoftAppPassword and MicrosoftAppTenantId (or Teams:GraphTenantId) so Microsoft Graph can."
                    : "set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET so Slack can."))
            : ValidateOptionsResult.Success;
    }
}
