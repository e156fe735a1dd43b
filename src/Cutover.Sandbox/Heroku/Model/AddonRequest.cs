namespace Cutover.Sandbox.Heroku.Model;

/// <summary>The body of <c>POST /apps/{app}/addons</c>, read.</summary>
internal sealed record AddonRequest(string Plan, string? Name, string? AttachmentName, IReadOnlyDictionary<string, string> Config, string? Confirm);
