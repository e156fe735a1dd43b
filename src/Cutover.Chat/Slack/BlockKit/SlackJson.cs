using System.Text.Encodings.Web;

namespace Cutover.Chat.Slack.BlockKit;

/// <summary>How Cutover writes Slack JSON (Web API bodies, blocks, views): snake_case names, nulls omitted, UTF-8 text unescaped.</summary>
public static class SlackJson
{
    public static JsonSerializerOptions Options { get; } = Create(indented: false);

    /// <summary>The same, indented: for golden files and readable diffs.</summary>
    public static JsonSerializerOptions Indented { get; } = Create(indented: true);

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            WriteIndented = indented,
            // Slack reads JSON, not HTML: keep "→", "&" and "<" readable instead of \uXXXX escapes.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
