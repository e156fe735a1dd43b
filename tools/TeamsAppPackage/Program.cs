using Cutover.Tools.TeamsAppPackage;

// Usage: dotnet run --project tools/TeamsAppPackage -- [manifest directory] [output zip]
// Reads MicrosoftAppId, CUTOVER_BASE_URL and optionally TEAMS_APP_ID from the environment (docs/teams.md).
var directory = args.Length > 0 ? args[0] : Path.Combine("manifests", "teams");
var output = args.Length > 1 ? args[1] : "cutover-teams-app.zip";
var appId = Environment.GetEnvironmentVariable("MicrosoftAppId");
var baseUrl = Environment.GetEnvironmentVariable("CUTOVER_BASE_URL");
if (string.IsNullOrWhiteSpace(appId) || string.IsNullOrWhiteSpace(baseUrl))
{
    Console.Error.WriteLine("Set MicrosoftAppId (the bot's app id) and CUTOVER_BASE_URL (https://…); TEAMS_APP_ID is optional.");
    return 2;
}

var teamsAppId = Environment.GetEnvironmentVariable("TEAMS_APP_ID") is { Length: > 0 } id ? id : appId;
try
{
    if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var url))
        throw new InvalidDataException($"CUTOVER_BASE_URL must be an absolute https URL; got '{baseUrl}'.");
    using (var zip = File.Create(output))
        AppPackageBuilder.Build(directory, new PackageSettings(appId.Trim(), teamsAppId.Trim(), url), zip);
    Console.WriteLine($"Wrote {Path.GetFullPath(output)}: upload it in Teams under Apps → Manage your apps → Upload an app.");
    return 0;
}
catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
{
    File.Delete(output);
    Console.Error.WriteLine($"Cannot build the Teams app package: {e.Message}");
    return 1;
}
