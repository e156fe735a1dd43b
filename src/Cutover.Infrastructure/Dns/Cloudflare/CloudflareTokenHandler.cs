namespace Cutover.Infrastructure.Dns.Cloudflare;

/// <summary>Adds <c>Authorization: Bearer &lt;token&gt;</c> to every Cloudflare call.</summary>
internal sealed class CloudflareTokenHandler(string token) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return base.SendAsync(request, cancellationToken);
    }
}
