namespace Cutover.Core.Commands;

/// <summary><c>plan &lt;app&gt; to &lt;space&gt; [at &lt;ISO-8601 time&gt;]</c></summary>
public sealed record PlanCommand(string App, string Space, DateTimeOffset? CutoverAt) : Command;
