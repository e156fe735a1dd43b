namespace Cutover.IntegrationTests.Scenarios;

/// <summary>The host's settings that point it at the test's fakes: Heroku simulator, fake Slack, the Knot DNS server.</summary>
internal static class ScenarioSettings
{
    public static Dictionary<string, string> For(SimulatorHost heroku, FakeSlack? slack = null, KnotServer? knot = null)
    {
        var settings = new Dictionary<string, string>
        {
            ["HEROKU_API_URL"] = heroku.BaseAddress.ToString(),
            ["HEROKU_DATA_API_URL"] = heroku.BaseAddress.ToString(),
            ["HEROKU_API_TOKEN"] = SimulatorHost.Token,
        };
        if (slack is not null)
        {
            settings["SLACK_BOT_TOKEN"] = slack.BotToken;
            settings["SLACK_SIGNING_SECRET"] = slack.SigningSecret;
            settings["SLACK_API_URL"] = slack.ApiBaseUrl.ToString();
            settings["Slack:PostInterval"] = "00:00:00";
        }

        if (knot is not null)
        {
            settings["Dns:Resolvers:0"] = knot.Endpoint;
            settings["Dns:AuthoritativePort"] = knot.Port.ToString(CultureInfo.InvariantCulture);
        }

        return settings;
    }
}
