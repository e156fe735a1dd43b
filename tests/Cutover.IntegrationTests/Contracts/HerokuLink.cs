namespace Cutover.IntegrationTests.Contracts;

/// <summary>One link (route + method) of the official Heroku Platform API schema.</summary>
/// <param name="Resource">The schema definition it belongs to, e.g. <c>app</c>.</param>
/// <param name="Method">HTTP method, upper case.</param>
/// <param name="Href">The schema's href template, e.g. <c>/apps/{(%23%2Fdefinitions%2Fapp%2Fdefinitions%2Fidentity)}</c>.</param>
/// <param name="Rel">Link relation: create, self, instances, update, destroy, …</param>
/// <param name="Title">Human title, e.g. <c>Info</c>.</param>
/// <param name="Index">Position among all links, for the compiled schema cache.</param>
public sealed record HerokuLink(string Resource, string Method, string Href, string Rel, string Title, int Index)
{
    internal Regex PathPattern { get; init; } = null!;

    internal int LiteralSegments { get; init; }

    internal JsonNode? RequestSchema { get; init; }

    internal JsonNode? TargetSchema { get; init; }

    /// <summary>The href with readable placeholders, e.g. <c>/apps/{app}/config-vars</c>.</summary>
    public string ReadableHref { get; init; } = string.Empty;

    public override string ToString() => $"{Method} {ReadableHref} ({Resource} {Title})";
}
