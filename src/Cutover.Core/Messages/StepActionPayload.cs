using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cutover.Core.Messages;

/// <summary>
/// What a button acts on: run, step and the step version the user saw. Serialised into the button's value
/// as a small JSON object and parsed once on the way back; a click on an older version is refused.
/// </summary>
public sealed record StepActionPayload(
    [property: JsonPropertyName("run")] long RunId,
    [property: JsonPropertyName("step")] string StepId,
    [property: JsonPropertyName("v")] int StepVersion)
{
    public string ToJson() => JsonSerializer.Serialize(this);

    /// <summary>Parses a button value; null when it is not a well-formed payload (the caller answers 400 or explains).</summary>
    public static StepActionPayload? TryParse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
            return null;
        try
        {
            var payload = JsonSerializer.Deserialize<StepActionPayload>(json);
            return payload is { RunId: > 0, StepVersion: > 0 } && !string.IsNullOrWhiteSpace(payload.StepId) ? payload : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
