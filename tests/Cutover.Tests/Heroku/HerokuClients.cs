using Refit;

namespace Cutover.Tests.Heroku;

/// <summary>A Refit client built exactly like production's (headers handler, Heroku settings) over a scripted network.</summary>
public static class HerokuClients
{
    public const string Token = "secret-token-5f1c";

    public static TApi For<TApi>(RecordingHandler network, string token = Token) =>
        RestService.For<TApi>(
            new HttpClient(new HerokuHeadersHandler(token, "Cutover/test") { InnerHandler = network })
            {
                BaseAddress = new Uri("https://api.heroku.test"),
            },
            HerokuRefitSettings.Create());
}
