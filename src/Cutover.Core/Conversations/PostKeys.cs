namespace Cutover.Core.Conversations;

/// <summary>The keys under which <see cref="Ports.IRunPosts"/> remembers what was posted about a run.</summary>
public static class PostKeys
{
    public const string Plan = "plan";

    public static string Approval(Step step) => Approval(step.StepId, step.Version);

    public static string Approval(string stepId, int version) => $"approval:{stepId}:v{V(version)}";

    public static string Started(Step step) => $"started:{step.StepId}:v{V(step.Version)}";

    public static string Outcome(Step step) => $"outcome:{step.StepId}:v{V(step.Version)}:{step.State}";

    /// <summary>One update of an approval request per decision recorded on it, so a re-run does not update it again.</summary>
    public static string Decided(Step step) =>
        $"decided:{step.StepId}:v{V(step.Version)}:{V(step.CurrentDecisions.Count())}";

    public static string Superseded(string stepId, int version) => $"superseded:{stepId}:v{V(version)}";

    /// <summary>A manual action's message, once per run (not per step version: the action stays the same).</summary>
    public static string Manual(string stepId, string key) => $"manual:{stepId}:{key}";

    /// <summary>The update of a manual action's message once it is confirmed.</summary>
    public static string ManualDone(string stepId, string key) => $"manual-done:{stepId}:{key}";

    public static string Ended(Run run) => $"ended:{run.State}";

    private static string V(int value) => value.ToString(CultureInfo.InvariantCulture);
}
