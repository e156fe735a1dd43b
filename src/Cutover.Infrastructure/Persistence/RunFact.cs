namespace Cutover.Infrastructure.Persistence;

/// <summary>One fact of one run (see <see cref="Cutover.Core.Ports.IRunFacts"/>).</summary>
public sealed class RunFact(long runId, string key, string value)
{
    public long RunId { get; private set; } = runId;

    public string Key { get; private set; } = key;

    public string Value { get; set; } = value;
}
