namespace Cutover.Sandbox.Heroku.Model;

/// <summary>A platform generation: <c>cedar</c> or <c>fir</c>.</summary>
internal sealed class SimGeneration
{
    public const string Cedar = "cedar";
    public const string Fir = "fir";

    public required Guid Id { get; init; }

    public required string Name { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public bool IsFir => Name == Fir;
}
