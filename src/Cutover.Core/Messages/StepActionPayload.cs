using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cutover.Core.Messages;

/// <summary>
/// What a button acts on: run, step and the step version the user saw. Serialised into the button's value
/// as a small JSON object and parsed once on the way back; a click on an older version is refused.
/// </summary>
/// <param name="RunId">The run.</param>
/// <param name="StepId">The step's id.</param>
/// <param name="StepVersion">The step version the user saw.</param>
/// <param name="ManualAction">On a manual action's Done button: the action's key (<see cref="Approvals.ManualAction.Key"/>).</param>
public sealed record StepActionPayload(
    [property: JsonPropertyName("run")] long RunId,
    [property: JsonPropertyName("step")] string StepId,
    [property: JsonPropertyName("v")] int StepVersion,
    [property: JsonPropertyName("a"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ManualAction = null)
{
    public string ToJson() => JsonSerializer.Serialize(this);

    /// <summary>Whether this payload belongs on a button with <paramref name="actionId"/>: only a Done button names a manual action.</summary>
    public bool Fits(string? actionId) => string.Equals(actionId, ActionIds.ConfirmManualAction, StringComparison.Ordinal) == ManualAction is not null;

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
