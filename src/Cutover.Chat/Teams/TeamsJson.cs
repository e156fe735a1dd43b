using System.Text.Encodings.Web;

namespace Cutover.Chat.Teams;

/// <summary>JSON as the Bot Connector speaks it: camelCase, nulls left out, unknown fields ignored.</summary>
public static class TeamsJson
{
    public static JsonSerializerOptions Options { get; } = Create(indented: false);

    /// <summary>The same with indentation, for golden files and logs of cards.</summary>
    public static JsonSerializerOptions Indented { get; } = Create(indented: true);

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            WriteIndented = indented,
            // Cards carry user text with '<', '&' and non-ASCII; Teams reads JSON, not HTML, so keep it readable.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
