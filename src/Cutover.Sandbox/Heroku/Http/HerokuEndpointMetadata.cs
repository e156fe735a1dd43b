namespace Cutover.Sandbox.Heroku.Http;

/// <summary>Endpoint metadata the Heroku request filter reads.</summary>
internal sealed class HerokuEndpointMetadata
{
    /// <summary>Served without a bearer token (add-on service catalogue).</summary>
    public static readonly HerokuEndpointMetadata Anonymous = new();

    /// <summary>Costs no rate-limit token (<c>GET /account/rate-limits</c>).</summary>
    public static readonly HerokuEndpointMetadata Free = new();

    private HerokuEndpointMetadata()
    {
    }
}
