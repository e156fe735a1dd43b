namespace Cutover.Core.Planning;

/// <summary>How one property of the source reaches the target.</summary>
public enum ParityHandling
{
    /// <summary>A runbook step carries it.</summary>
    Carried,

    /// <summary>A person does it; the row says exactly what, with the command.</summary>
    Guided,

    /// <summary>The source has none, or it does not move (the row says why).</summary>
    NotApplicable,
}

/// <summary>One line of the plan's parity table.</summary>
/// <param name="Property">What, e.g. <c>Log drains</c>.</param>
/// <param name="Source">What the source has, without secrets.</param>
/// <param name="Handling">Carried, guided or not applicable.</param>
/// <param name="How">Carried: the step that does it; guided: what a person does, with the command; not applicable: why.</param>
public sealed record ParityRow(string Property, string Source, ParityHandling Handling, string How)
{
    /// <summary>What <see cref="Source"/> holds when the source has none of the property.</summary>
    public const string Nothing = "none";

    /// <summary><c>✓ Stack (heroku-24): carried by step 3 …</c>, <c>✋ Scheduler jobs (…): by hand, …</c> or <c>· Webhooks: nothing to move</c>.</summary>
    public override string ToString()
    {
        var what = Source == Nothing ? Property : $"{Property} ({Source})";
        return Handling switch
        {
            ParityHandling.Carried => $"✓ {what}: carried by {How}",
            ParityHandling.Guided => $"✋ {what}: by hand, {How}",
            _ => $"· {what}: {How}",
        };
    }
}
