namespace Cutover.Core.Planning;

/// <summary>The source's current release.</summary>
/// <param name="Version">Release version.</param>
/// <param name="Status"><c>succeeded</c>, <c>pending</c>, <c>failed</c> or <c>expired</c>.</param>
/// <param name="SlugId">The slug to copy, or null (e.g. a config-only release of an app never built).</param>
/// <param name="SlugStack">The stack the slug was built for, when known.</param>
public sealed record ReleaseInfo(int Version, string Status, string? SlugId, string? SlugStack);
