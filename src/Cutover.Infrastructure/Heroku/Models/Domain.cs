namespace Cutover.Infrastructure.Heroku.Models;

/// <summary>A domain of an app (SCHEMA <c>domain</c>).</summary>
public sealed record Domain
{
    /// <summary>Unique identifier.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>Full hostname, e.g. <c>www.example.com</c>.</summary>
    public string Hostname { get; init; } = string.Empty;

    /// <summary><c>heroku</c> (the app's own) or <c>custom</c>.</summary>
    public string Kind { get; init; } = string.Empty;

    /// <summary>The DNS target to point the hostname at; may be null right after creation.</summary>
    public string? Cname { get; init; }

    /// <summary>Provisioning status, e.g. <c>pending</c>, <c>succeeded</c>.</summary>
    public string? Status { get; init; }

    /// <summary>ACM certificate status, e.g. <c>cert issued</c>, <c>pending</c>, <c>failing</c>.</summary>
    public string? AcmStatus { get; init; }

    /// <summary>Why ACM is in its status.</summary>
    public string? AcmStatusReason { get; init; }

    /// <summary>The SNI endpoint serving the hostname, if any.</summary>
    public ResourceRef? SniEndpoint { get; init; }

    /// <summary>The app.</summary>
    public ResourceRef? App { get; init; }

    /// <summary>When the domain was created.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the domain was last updated.</summary>
    public DateTimeOffset UpdatedAt { get; init; }
}
