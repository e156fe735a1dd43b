namespace Cutover.Tools.TeamsAppPackage;

/// <summary>What replaces the manifest's placeholders.</summary>
/// <param name="MicrosoftAppId">The bot's Microsoft App ID (<c>bots[0].botId</c>).</param>
/// <param name="TeamsAppId">The Teams app id (<c>id</c>); the app id when not given.</param>
/// <param name="BaseUrl">Where Cutover runs (https), for the developer website, privacy and terms links.</param>
internal sealed record PackageSettings(string MicrosoftAppId, string TeamsAppId, Uri BaseUrl);
