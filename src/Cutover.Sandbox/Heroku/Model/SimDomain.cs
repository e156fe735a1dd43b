namespace Cutover.Sandbox.Heroku.Model;

/// <summary>A hostname served by an app: the default <c>herokuapp.com</c> one or a custom one.</summary>
internal sealed class SimDomain
{
    public required Guid Id { get; init; }

    public required SimApp App { get; init; }

    public required string Hostname { get; set; }

    /// <summary><c>heroku</c> or <c>custom</c>.</summary>
    public required string Kind { get; init; }

    public required string? Cname { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public string Status { get; set; } = "none";

    public DateTimeOffset? VerifiedAt { get; set; }

    public string? AcmStatus { get; set; }

    public string? AcmStatusReason { get; set; }

    public DateTimeOffset? AcmIssuedAt { get; set; }

    public SimSniEndpoint? SniEndpoint { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
