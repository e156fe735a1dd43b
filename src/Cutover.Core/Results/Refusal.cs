namespace Cutover.Core.Results;

/// <summary>
/// A user-facing "no": the request was understood but is not allowed right now. Refusals are posted to
/// the run's thread; they are not operational faults (those are exceptions, logged with context).
/// </summary>
/// <param name="Reason">One or two sentences that say why and, where possible, what to do instead.</param>
public sealed record Refusal(string Reason)
{
    public override string ToString() => Reason;
}
