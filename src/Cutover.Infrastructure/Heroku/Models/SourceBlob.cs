namespace Cutover.Infrastructure.Heroku.Models;

/// <summary>The source archive of a build (SCHEMA <c>build.source_blob</c>).</summary>
/// <param name="Url">URL of a gzipped tarball of the source.</param>
/// <param name="Version">Source version, e.g. a commit SHA; null is not sent.</param>
/// <param name="Checksum">Checksum such as <c>SHA256:…</c>; null is not sent.</param>
public sealed record SourceBlob(string Url, string? Version = null, string? Checksum = null);
