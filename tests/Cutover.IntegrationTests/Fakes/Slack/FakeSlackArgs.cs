namespace Cutover.IntegrationTests.Fakes.Slack;

/// <summary>
/// The arguments of one Web API call, as Slack reads them: a JSON body, or form fields (where structured
/// arguments like <c>blocks</c> and <c>view</c> are JSON strings), plus the query string.
/// </summary>
internal sealed class FakeSlackArgs
{
    private readonly Dictionary<string, JsonElement> _values = new(StringComparer.Ordinal);

    public bool JsonWithoutCharset { get; private set; }

    public static async Task<FakeSlackArgs?> ReadAsync(HttpRequest request)
    {
        var args = new FakeSlackArgs();
        foreach (var (key, value) in request.Query)
            args.SetString(key, value.ToString());
        var contentType = request.ContentType ?? string.Empty;
        if (contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            args.JsonWithoutCharset = !contentType.Contains("charset", StringComparison.OrdinalIgnoreCase);
            try
            {
                using var document = await JsonDocument.ParseAsync(request.Body);
                if (document.RootElement.ValueKind != JsonValueKind.Object)
                    return null;
                foreach (var property in document.RootElement.EnumerateObject())
                    args._values[property.Name] = property.Value.Clone();
            }
            catch (JsonException)
            {
                return null;
            }
        }
        else if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync();
            foreach (var (key, value) in form)
                args.SetString(key, value.ToString());
        }

        return args;
    }

    /// <summary>A string argument (a JSON number or boolean is given as its text), or null when absent or empty.</summary>
    public string? String(string name)
    {
        if (!_values.TryGetValue(name, out var value))
            return null;
        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
            _ => null,
        };
        return string.IsNullOrEmpty(text) ? null : text;
    }

    /// <summary>A structured argument: JSON in a JSON body, or a JSON string in a form body. Null when absent; throws JsonException when malformed.</summary>
    public JsonElement? Json(string name)
    {
        if (!_values.TryGetValue(name, out var value) || value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
            return null;
        if (value.ValueKind != JsonValueKind.String)
            return value;
        var text = value.GetString();
        if (string.IsNullOrEmpty(text))
            return null;
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    private void SetString(string name, string value)
    {
        using var document = JsonDocument.Parse(JsonSerializer.Serialize(value));
        _values[name] = document.RootElement.Clone();
    }
}
