namespace Cutover.Infrastructure.Heroku.Models;

/// <summary>
/// A reference to another resource by id and/or name, as Heroku embeds it (<c>stack</c>, <c>region</c>,
/// <c>team</c>, <c>plan</c>, <c>addon_service</c>, <c>dyno_size</c>, <c>generation</c>, <c>slug</c> …).
/// In a request either part may be left null; null parts are not sent.
/// </summary>
/// <param name="Id">Unique identifier (a UUID), when known.</param>
/// <param name="Name">Unique name, when the resource has one.</param>
public sealed record ResourceRef(string? Id = null, string? Name = null)
{
    /// <summary>A reference by name only, e.g. <c>ResourceRef.Named("Private-M")</c>.</summary>
    public static ResourceRef Named(string name) => new(Name: name);
}
