namespace Cutover.Infrastructure.Heroku.Models;

/// <summary>Body of <c>PATCH /apps/{app}/features/{feature}</c> (SCHEMA <c>app-feature</c> Update).</summary>
/// <param name="Enabled">Enable or disable the feature.</param>
public sealed record AppFeatureUpdate(bool Enabled);
