using NJsonSchema;

namespace Cutover.IntegrationTests.Contracts;

/// <summary>
/// The official Heroku Platform API hyper-schema as a test oracle: find the link for a route, and validate
/// request bodies against its <c>schema</c> and responses against its <c>targetSchema</c>. Responses that are
/// a resource (or a list of one) must also carry every property the resource's definition declares —
/// Heroku returns them all, so a simulator that omits one is not faithful.
/// </summary>
public sealed partial class HerokuSchema
{
    private static readonly Lazy<HerokuSchema> Loaded = new(Load);

    private readonly JsonObject _definitions;
    private readonly Lazy<JsonSchema> _compiled;

    private HerokuSchema(JsonObject definitions, IReadOnlyList<HerokuLink> links)
    {
        _definitions = definitions;
        Links = links;
        _compiled = new Lazy<JsonSchema>(Compile);
    }

    public static HerokuSchema Instance => Loaded.Value;

    public IReadOnlyList<HerokuLink> Links { get; }

    /// <summary>
    /// The link for a method and path. The path may be concrete (<c>/apps/demo-app</c>) or templated
    /// (<c>/apps/{app}</c>); with several matches the one with the most literal segments wins.
    /// </summary>
    public HerokuLink? Find(string method, string path)
    {
        var bare = path.Split('?', 2)[0].TrimEnd('/');
        return Links
            .Where(l => l.Method.Equals(method, StringComparison.OrdinalIgnoreCase) && l.PathPattern.IsMatch(bare))
            .OrderByDescending(l => l.LiteralSegments)
            .FirstOrDefault();
    }

    /// <summary>Errors of a request body against the link's <c>schema</c>; empty when valid (or when the link takes no body).</summary>
    public Task<IReadOnlyList<string>> ValidateRequestAsync(HerokuLink link, string json) =>
        Task.FromResult(link.RequestSchema is null
            ? (IReadOnlyList<string>)[]
            : Validate(Definition(link, "request"), json));

    /// <summary>
    /// Errors of a response body against the link's <c>targetSchema</c>, plus every property that the
    /// resource definition declares but the response lacks; empty when faithful.
    /// </summary>
    public Task<IReadOnlyList<string>> ValidateResponseAsync(HerokuLink link, string json)
    {
        if (link.TargetSchema is null)
            return Task.FromResult<IReadOnlyList<string>>([]);
        var errors = Validate(Definition(link, "target"), json);
        errors.AddRange(MissingProperties(link.TargetSchema, JsonNode.Parse(json)));
        return Task.FromResult<IReadOnlyList<string>>(errors);
    }

    private static HerokuSchema Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Contracts", "heroku-platform-api.schema.json");
        var root = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        var definitions = root["definitions"]!.AsObject();
        var links = new List<HerokuLink>();
        foreach (var (resource, definition) in definitions)
        {
            foreach (var node in definition?["links"]?.AsArray() ?? [])
            {
                var href = (string)node!["href"]!;
                var readable = Placeholder().Replace(href, m => "{" + ReadableName(m.Value) + "}");
                var segments = href.Split('/', StringSplitOptions.RemoveEmptyEntries);
                links.Add(new HerokuLink(resource, ((string)node["method"]!).ToUpperInvariant(), href,
                    (string?)node["rel"] ?? string.Empty, (string?)node["title"] ?? string.Empty, links.Count)
                {
                    ReadableHref = readable,
                    PathPattern = new Regex("^" + string.Join("/", href.Split('/').Select(Segment)) + "$", RegexOptions.CultureInvariant),
                    LiteralSegments = segments.Count(s => !s.StartsWith('{')),
                    RequestSchema = node["schema"]?.DeepClone(),
                    TargetSchema = node["targetSchema"]?.DeepClone(),
                });
            }
        }

        return new HerokuSchema(definitions, links);
    }

    /// <summary>One document: the schema's definitions plus every link's request and target schema as extra definitions.</summary>
    private JsonSchema Compile()
    {
        var definitions = _definitions.DeepClone().AsObject();
        foreach (var link in Links)
        {
            if (link.RequestSchema is not null)
                definitions[Key(link, "request")] = link.RequestSchema.DeepClone();
            if (link.TargetSchema is not null)
                definitions[Key(link, "target")] = link.TargetSchema.DeepClone();
        }

        var document = new JsonObject { ["$schema"] = "http://json-schema.org/draft-04/schema#", ["definitions"] = definitions };
        return JsonSchema.FromJsonAsync(document.ToJsonString()).GetAwaiter().GetResult();
    }

    private JsonSchema Definition(HerokuLink link, string kind) => _compiled.Value.Definitions[Key(link, kind)];

    private static List<string> Validate(JsonSchema schema, string json) =>
        schema.Validate(json).Select(e => $"{e.Path}: {e.Kind}{(e.Property is null ? string.Empty : $" ({e.Property})")}").ToList();

    private IEnumerable<string> MissingProperties(JsonNode targetSchema, JsonNode? response)
    {
        if (Resource(targetSchema["$ref"]) is { } resource)
            return Missing(resource, response, "$");
        if (Resource(targetSchema["items"]?["$ref"]) is { } itemResource && response is JsonArray items)
            return items.SelectMany((item, i) => Missing(itemResource, item, $"$[{i}]"));
        return [];
    }

    private IEnumerable<string> Missing(string resource, JsonNode? instance, string at)
    {
        if (instance is not JsonObject obj || _definitions[resource]?["properties"] is not JsonObject declared)
            return [];
        return declared.Select(p => p.Key).Where(name => !obj.ContainsKey(name))
            .Select(name => $"{at}.{name}: missing (declared by #/definitions/{resource})");
    }

    private static string? Resource(JsonNode? reference) =>
        (string?)reference is { } text && ResourceReference().Match(text) is { Success: true } match ? match.Groups[1].Value : null;

    private static string Key(HerokuLink link, string kind) => $"__link_{link.Index}_{kind}";

    private static string Segment(string segment) =>
        segment.StartsWith('{') ? "[^/]+" : Regex.Escape(segment);

    private static string ReadableName(string placeholder)
    {
        var decoded = Uri.UnescapeDataString(placeholder.Trim('{', '}', '(', ')'));
        var parts = decoded.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length >= 3 ? parts[2] : decoded;
    }

    [GeneratedRegex(@"\{\([^}]*\)\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"^#/definitions/([^/]+)$")]
    private static partial Regex ResourceReference();
}
