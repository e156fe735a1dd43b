namespace Cutover.Infrastructure.Heroku.Models;

/// <summary>The <c>attachment</c> of <see cref="AddOnCreate"/>.</summary>
/// <param name="Name">Attachment name; the config var is <c>&lt;NAME&gt;_URL</c>.</param>
public sealed record AddOnCreateAttachment(string Name);
