using System.Text.Json.Nodes;
using Cutover.IntegrationTests.Fakes.Teams;

namespace Cutover.IntegrationTests.Scenarios;

/// <summary>What a Teams scenario needs to talk to the host: its settings for the fakes, and channel messages that @mention Cutover.</summary>
internal static class TeamsActivities
{
    /// <summary>Adds the settings that point the host's Teams side at <paramref name="issuer"/> (tokens, keys, login).</summary>
    public static Dictionary<string, string> WithTeams(this Dictionary<string, string> settings, FakeBotFrameworkIssuer issuer)
    {
        settings["MicrosoftAppId"] = FakeBotFrameworkIssuer.AppId;
        settings["MicrosoftAppPassword"] = FakeBotFrameworkIssuer.AppPassword;
        settings["BOTFRAMEWORK_OPENID_METADATA_URL"] = issuer.OpenIdMetadataUrl.ToString();
        settings["Teams:EntraOpenIdMetadataUrl"] = issuer.EntraOpenIdMetadataUrl.ToString();
        settings["Teams:LoginUrl"] = issuer.BaseAddress.ToString();
        return settings;
    }

    /// <summary>A channel message from <paramref name="user"/> (an Entra object id) in <paramref name="channel"/>'s thread 1000, mentioning Cutover.</summary>
    public static string Mention(FakeBotConnector connector, string channel, string user, string id, string text) => new JsonObject
    {
        ["type"] = "message",
        ["id"] = id,
        ["channelId"] = "msteams",
        ["serviceUrl"] = connector.ServiceUrl,
        ["from"] = new JsonObject { ["id"] = $"29:{user}", ["aadObjectId"] = user },
        ["recipient"] = new JsonObject { ["id"] = $"28:{FakeBotFrameworkIssuer.AppId}", ["name"] = "Cutover" },
        ["conversation"] = new JsonObject { ["id"] = $"{channel};messageid=1000", ["conversationType"] = "channel", ["tenantId"] = FakeBotConnector.Tenant },
        ["text"] = text,
        ["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = "<at>Cutover</at>",
            ["mentioned"] = new JsonObject { ["id"] = $"28:{FakeBotFrameworkIssuer.AppId}", ["name"] = "Cutover" },
        }),
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = FakeBotConnector.Tenant } },
    }.ToJsonString();
}
