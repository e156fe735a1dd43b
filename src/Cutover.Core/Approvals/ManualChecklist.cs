using System.Text.Json;

namespace Cutover.Core.Approvals;

/// <summary>
/// The manual actions a run's step needs before it can be approved, kept as run facts: the list a step recorded, and
/// one confirmation (who, when) per action. A step with unconfirmed actions is held back by its gate.
/// </summary>
public sealed class ManualChecklist(IRunFacts facts)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private sealed record Confirmation(string By, DateTimeOffset At);

    /// <summary>Adds <paramref name="actions"/> to the step's list (an action already listed keeps its place and confirmation).</summary>
    public async Task AddAsync(long runId, string stepId, IReadOnlyList<ManualAction> actions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actions);
        var listed = await ListAsync(runId, stepId, cancellationToken).ConfigureAwait(false);
        var added = actions.Where(a => listed.All(l => !string.Equals(l.Key, a.Key, StringComparison.Ordinal))).ToList();
        if (added.Count > 0)
            await facts.SetAsync(runId, ListKey(stepId), JsonSerializer.Serialize<List<ManualAction>>([.. listed, .. added], Json), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The step's manual actions in the order they were listed, each with its confirmation.</summary>
    public async Task<IReadOnlyList<ManualItem>> ReadAsync(long runId, string stepId, CancellationToken cancellationToken)
    {
        var items = new List<ManualItem>();
        foreach (var action in await ListAsync(runId, stepId, cancellationToken).ConfigureAwait(false))
        {
            var confirmed = await facts.GetAsync(runId, ConfirmationKey(stepId, action.Key), cancellationToken).ConfigureAwait(false) is { } json
                ? JsonSerializer.Deserialize<Confirmation>(json, Json)
                : null;
            items.Add(new ManualItem(action, confirmed?.By, confirmed?.At));
        }

        return items;
    }

    /// <summary>Records that <paramref name="actor"/> (a qualified id) confirmed the action at <paramref name="at"/>.</summary>
    public Task ConfirmAsync(long runId, string stepId, string key, string actor, DateTimeOffset at, CancellationToken cancellationToken) =>
        facts.SetAsync(runId, ConfirmationKey(stepId, key), JsonSerializer.Serialize(new Confirmation(actor, at), Json), cancellationToken);

    /// <summary>Why <paramref name="step"/> cannot be approved yet (the actions still waiting), or null when none wait.</summary>
    public async Task<string?> RefusalAsync(long runId, StepDefinition step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        var waiting = (await ReadAsync(runId, step.Id, cancellationToken).ConfigureAwait(false)).Where(i => !i.Done).ToList();
        if (waiting.Count == 0)
            return null;
        var count = waiting.Count == 1 ? "1 manual action" : $"{waiting.Count.ToString(CultureInfo.InvariantCulture)} manual actions";
        return $"Step {step} waits for {count} to be done and confirmed: {string.Join("; ", waiting.Select(i => i.Action.Title))}. " +
               "Do each by hand as its message in this thread says, then click its Done button.";
    }

    private async Task<IReadOnlyList<ManualAction>> ListAsync(long runId, string stepId, CancellationToken cancellationToken) =>
        await facts.GetAsync(runId, ListKey(stepId), cancellationToken).ConfigureAwait(false) is { } json
            ? JsonSerializer.Deserialize<List<ManualAction>>(json, Json) ?? []
            : [];

    private static string ListKey(string stepId) => $"manual.{stepId}";

    private static string ConfirmationKey(string stepId, string key) => $"manual.{stepId}.done.{key}";
}
