namespace Cutover.Sandbox.Heroku.Model;

/// <summary>A dyno size and the runtime (common, private, shield, fir) it belongs to.</summary>
internal sealed class SimDynoSize
{
    public required Guid Id { get; init; }

    public required string Name { get; init; }

    public required string Runtime { get; init; }

    public required double Memory { get; init; }

    public required int Compute { get; init; }

    public required double Units { get; init; }

    public required int? CostCents { get; init; }

    public required bool Dedicated { get; init; }

    public required string Architecture { get; init; }

    public required SimGeneration Generation { get; init; }

    public bool PrivateSpaceOnly => Runtime is Runtimes.Private or Runtimes.Shield;
}
