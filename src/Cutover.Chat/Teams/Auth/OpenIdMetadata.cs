using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Cutover.Chat.Teams.Auth;

/// <summary>
/// One OpenID metadata document and its signing keys, fetched on first use, cached, and fetched again after
/// <see cref="TeamsOptions.MetadataRefreshInterval"/> or when a token names a key id we do not know (at most once per
/// <see cref="TeamsOptions.MetadataMinimumRefreshInterval"/>). Plain http is allowed for loopback URLs only.
/// </summary>
internal sealed class OpenIdMetadata
{
    private const string EndorsementsProperty = "endorsements";

    /// <summary>How long a request with an unknown key id waits for the refreshed document.</summary>
    private static readonly TimeSpan RefreshWait = TimeSpan.FromSeconds(2);

    private readonly ConfigurationManager<OpenIdConnectConfiguration> _manager;
    private readonly TimeSpan _minimumRefreshInterval;
    private readonly Lock _gate = new();
    private DateTimeOffset? _lastForcedRefresh;

    public OpenIdMetadata(Uri url, HttpClient client, TeamsOptions settings)
    {
        Url = url;
        _minimumRefreshInterval = settings.MetadataMinimumRefreshInterval;
        var documents = new HttpDocumentRetriever(client) { RequireHttps = !ConnectorEndpoint.IsLoopback(url) };
        _manager = new ConfigurationManager<OpenIdConnectConfiguration>(url.AbsoluteUri, new OpenIdConnectConfigurationRetriever(), documents)
        {
            AutomaticRefreshInterval = settings.MetadataRefreshInterval,
            RefreshInterval = settings.MetadataMinimumRefreshInterval,
        };
    }

    public Uri Url { get; }

    /// <summary>The cached configuration; throws when it has never been fetched successfully.</summary>
    public Task<OpenIdConnectConfiguration> GetAsync(CancellationToken cancellationToken) =>
        _manager.GetConfigurationAsync(cancellationToken);

    /// <summary>
    /// Fetches the document again because a token named a key id that <paramref name="stale"/> lacks, and returns the
    /// new configuration; null when a forced refresh already ran within the minimum interval (so a flood of tokens
    /// with made-up key ids cannot make us hammer the metadata endpoint) or the fetch did not finish in time.
    /// IdentityModel 8 refreshes in the background, so this waits briefly for the new document to replace the old.
    /// </summary>
    public async Task<OpenIdConnectConfiguration?> RefreshAsync(OpenIdConnectConfiguration stale, CancellationToken cancellationToken)
    {
        var now = DateTimeOffset.UtcNow;
        lock (_gate)
        {
            if (_lastForcedRefresh is { } last && now - last < _minimumRefreshInterval)
                return null;
            _lastForcedRefresh = now;
        }

        _manager.RequestRefresh();
        var deadline = now + RefreshWait;
        while (DateTimeOffset.UtcNow < deadline)
        {
            var current = await _manager.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
            if (!ReferenceEquals(current, stale))
                return current;
            await Task.Delay(TimeSpan.FromMilliseconds(20), cancellationToken).ConfigureAwait(false);
        }

        return null;
    }

    /// <summary>
    /// The channel ids the key <paramref name="keyId"/> endorses (the Bot Framework's extra <c>endorsements</c> array
    /// on each JWK); empty when the key has none or is unknown.
    /// </summary>
    public static IReadOnlyList<string> Endorsements(OpenIdConnectConfiguration configuration, string? keyId)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var key = configuration.JsonWebKeySet?.Keys.FirstOrDefault(k => string.Equals(k.Kid, keyId, StringComparison.Ordinal));
        if (key is null || !key.AdditionalData.TryGetValue(EndorsementsProperty, out var value))
            return [];
        return value switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } array =>
                [.. array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)],
            IEnumerable<object> items => [.. items.OfType<string>()],
            _ => [],
        };
    }

    /// <summary>The signing keys of the configuration.</summary>
    public static IReadOnlyList<SecurityKey> SigningKeys(OpenIdConnectConfiguration configuration) =>
        [.. configuration.SigningKeys];
}
