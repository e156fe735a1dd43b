namespace Cutover.Sandbox.Heroku.Model;

/// <summary>A running (or starting, or crashed) dyno.</summary>
internal sealed class SimDyno
{
    public required Guid Id { get; init; }

    public required string Name { get; init; }

    public required string Type { get; init; }

    public required string Command { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required SimDynoSize Size { get; set; }

    public required SimRelease Release { get; set; }

    public required DateTimeOffset UpAt { get; set; }

    public required bool Crashes { get; set; }

    public string State { get; set; } = "starting";

    public DateTimeOffset UpdatedAt { get; set; }

    public string? AttachUrl { get; init; }

    /// <summary>For one-off dynos: when the dyno is gone.</summary>
    public DateTimeOffset? ExpiresAt { get; init; }

    /// <summary>Changes on every boot, like the <c>dyno=heroku.N.uuid</c> of runtime metrics.</summary>
    public Guid BootId { get; set; } = Guid.NewGuid();
}
