namespace Cutover.Infrastructure.Heroku;

/// <summary>
/// Accept and inclusion header values of the Platform API
/// (<see href="https://devcenter.heroku.com/articles/platform-api-reference#clients">Platform API: Clients</see>).
/// </summary>
public static class HerokuMediaTypes
{
    /// <summary>The default on every call; a missing or wrong version answers <c>406 not_acceptable</c>.</summary>
    public const string Version3 = "application/vnd.heroku+json; version=3";

    /// <summary>The variant the CLI uses for log sessions and for attachment lists with inclusions.</summary>
    public const string Version3Sdk = "application/vnd.heroku+json; version=3.sdk";

    /// <summary><c>Accept-Inclusion</c> value that adds <c>config_vars</c> to attachments and <c>plan</c> to their add-on.</summary>
    public const string IncludeAddOnPlanAndConfigVars = "addon:plan,config_vars";
}
