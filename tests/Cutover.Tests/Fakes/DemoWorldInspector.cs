namespace Cutover.Tests.Fakes;

/// <summary><see cref="IMigrationInspector"/> that sees <see cref="World"/>, or, with <see cref="Refusal"/> set, refuses as Heroku's 404 reads.</summary>
internal sealed class DemoWorldInspector : IMigrationInspector
{
    public DemoWorld World { get; set; } = new();

    public string? Refusal { get; set; }

    public Task<Result<PlanningInput>> InspectAsync(string sourceApp, string targetSpace, CancellationToken cancellationToken) =>
        Task.FromResult(Refusal is { } refusal ? Result<PlanningInput>.Refuse(refusal) : World.Build());
}
