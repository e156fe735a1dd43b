namespace Cutover.Sandbox.Heroku.Model;

/// <summary>An add-on plan of the catalogue.</summary>
internal sealed class SimPlan
{
    public required Guid Id { get; init; }

    public required SimAddonService Service { get; init; }

    /// <summary>The short name, e.g. <c>standard-0</c>; <see cref="FullName"/> adds the service.</summary>
    public required string Name { get; init; }

    public required string HumanName { get; init; }

    public required int PriceCents { get; init; }

    public required bool InstallableInside { get; init; }

    public required bool InstallableOutside { get; init; }

    public required bool Default { get; init; }

    public required bool SpaceDefault { get; init; }

    /// <summary><c>common</c>, <c>private</c> or <c>shield</c>.</summary>
    public required string Tier { get; init; }

    public required bool RequiresConfirmation { get; init; }

    public required bool Followable { get; init; }

    public required IReadOnlyList<string>? Compliance { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public string FullName => $"{Service.Name}:{Name}";
}
