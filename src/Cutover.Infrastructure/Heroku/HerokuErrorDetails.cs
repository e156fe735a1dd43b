namespace Cutover.Infrastructure.Heroku;

/// <summary>What an error answer says: Heroku's body, or a description of the answer when it had none.</summary>
/// <param name="Id">Error id.</param>
/// <param name="Message">User-facing message.</param>
/// <param name="Url">Documentation URL from the body, if any.</param>
/// <param name="FromBody">Whether id and message came from a Heroku error body.</param>
internal sealed record HerokuErrorDetails(string Id, string Message, string? Url, bool FromBody);
