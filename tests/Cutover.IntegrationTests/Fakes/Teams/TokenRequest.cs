namespace Cutover.IntegrationTests.Fakes.Teams;

/// <summary>One client-credentials request: the tenant in the path and the form fields (never the secret).</summary>
public sealed record TokenRequest(string Tenant, string? GrantType, string? ClientId, string? Scope);
