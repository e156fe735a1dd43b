namespace Cutover.Sandbox.Heroku.Http;

/// <summary>A request's JSON object with typed reads that refuse wrong types with a 422 naming the field.</summary>
internal sealed class RequestBody(JsonObject json)
{
    public JsonObject Json { get; } = json;

    public static async Task<RequestBody> ReadAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        if (string.IsNullOrWhiteSpace(text))
            return new RequestBody([]);
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            throw HerokuApiException.BadRequest("Request body must be valid JSON.");
        }

        return node is JsonObject obj ? new RequestBody(obj) : throw HerokuApiException.BadRequest("Request body must be a JSON object.");
    }

    public bool Has(string name) => Json.ContainsKey(name);

    public string? String(string name) => Value(name, JsonValueKind.String, "a string")?.GetValue<string>();

    public string RequiredString(string name) =>
        String(name) is { Length: > 0 } value ? value : throw HerokuApiException.InvalidParams($"Missing required param: {name}.");

    public bool? Bool(string name)
    {
        var node = Json[name];
        if (node is null)
            return null;
        return node.GetValueKind() switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw HerokuApiException.InvalidParams($"Invalid type for {name}: expected a boolean."),
        };
    }

    public int? Int(string name)
    {
        var node = Value(name, JsonValueKind.Number, "an integer");
        if (node is null)
            return null;
        return node.TryGetValue<int>(out var value) ? value : throw HerokuApiException.InvalidParams($"Invalid type for {name}: expected an integer.");
    }

    /// <summary>
    /// An integer, also when sent as a string of digits: the Heroku CLI's <c>ps:scale web=2</c> sends
    /// <c>"quantity":"2"</c>, which Heroku accepts.
    /// </summary>
    public int? IntOrDigits(string name)
    {
        if (Json[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String)
        {
            return int.TryParse(value.GetValue<string>(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed)
                ? parsed
                : throw HerokuApiException.InvalidParams($"Invalid type for {name}: expected an integer.");
        }

        return Int(name);
    }

    /// <summary>An identity given as a string (name or id) or as an object with <c>id</c> or <c>name</c>.</summary>
    public string? Identity(string name) => IdentityOf(Json[name], name);

    public JsonObject? Object(string name) =>
        Json[name] switch
        {
            null => null,
            JsonObject obj => obj,
            _ => throw HerokuApiException.InvalidParams($"Invalid type for {name}: expected an object."),
        };

    public JsonArray? Array(string name) =>
        Json[name] switch
        {
            null => null,
            JsonArray array => array,
            _ => throw HerokuApiException.InvalidParams($"Invalid type for {name}: expected an array."),
        };

    /// <summary>An array of strings, or null when absent.</summary>
    public IReadOnlyList<string>? Strings(string name) =>
        Array(name)?.Select(n => n is JsonValue value && value.GetValueKind() == JsonValueKind.String
                ? value.GetValue<string>()
                : throw HerokuApiException.InvalidParams($"Invalid type for {name}: expected an array of strings."))
            .ToList();

    public static string? IdentityOf(JsonNode? node, string name) =>
        node switch
        {
            null => null,
            JsonObject obj => IdentityOf(obj["id"], name + ".id") ?? IdentityOf(obj["name"], name + ".name")
                ?? throw HerokuApiException.InvalidParams($"Invalid {name}: expected an id or a name."),
            JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
            _ => throw HerokuApiException.InvalidParams($"Invalid type for {name}: expected a string."),
        };

    private JsonValue? Value(string name, JsonValueKind kind, string expected)
    {
        var node = Json[name];
        if (node is null)
            return null;
        return node is JsonValue value && value.GetValueKind() == kind
            ? value
            : throw HerokuApiException.InvalidParams($"Invalid type for {name}: expected {expected}.");
    }
}
