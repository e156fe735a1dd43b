namespace Cutover.Chat.Teams.Graph;

/// <summary>
/// Approver groups in Entra ID / Teams (<c>teams-group:</c> entries): whether a user (their Entra object id, as
/// <see cref="Inbound.TeamsInboundEvent.User"/> gives it) is a direct or nested member of a group, from
/// <see href="https://learn.microsoft.com/graph/api/group-list-transitivemembers">GET /groups/{id}/transitiveMembers</see>
/// (all pages, ids only). A group's member ids are cached for <see cref="TeamsOptions.GraphMembershipCacheDuration"/>.
/// <see cref="Core.Approvals.ApproverDirectory"/> asks it only about Teams users and Teams groups; ids that are not GUIDs
/// are answered "no" without a call. A group Graph does not know counts as empty and is
/// logged; other Graph failures throw.
/// </summary>
public sealed partial class GraphGroupMembership : IGroupMembership
{
    public const string ClientName = "Cutover.Teams.Graph";

    private const int PageSize = 999;
    private const int MaxPages = 200;

    private readonly ConcurrentDictionary<string, CachedMembers> _cache = new(StringComparer.OrdinalIgnoreCase);
    private readonly IHttpClientFactory _httpClients;
    private readonly TeamsOptions _settings;
    private readonly TimeProvider _clock;
    private readonly ILogger<GraphGroupMembership> _logger;

    /// <exception cref="ArgumentException">No tenant is configured for Graph (see <see cref="TeamsOptions.GraphTenant"/>).</exception>
    public GraphGroupMembership(IHttpClientFactory httpClients, TeamsOptions settings, TimeProvider clock, ILogger<GraphGroupMembership> logger)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.GraphTenant is null)
            throw new ArgumentException("Graph group membership needs MicrosoftAppTenantId (or GraphTenantId): the tenant that owns the groups.", nameof(settings));
        _httpClients = httpClients;
        _settings = settings;
        _clock = clock;
        _logger = logger;
    }

    public ChatChannel Platform => ChatChannel.Teams;

    public async Task<bool> IsMemberAsync(string groupId, string userId, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(groupId, out var group) || !Guid.TryParse(userId, out var user))
            return false;
        var key = group.ToString("D");
        if (!_cache.TryGetValue(key, out var cached) || cached.Expires <= _clock.GetUtcNow())
        {
            cached = new CachedMembers(await LoadAsync(key, cancellationToken).ConfigureAwait(false),
                _clock.GetUtcNow() + _settings.GraphMembershipCacheDuration);
            _cache[key] = cached;
        }

        return cached.Members.Contains(user.ToString("D"));
    }

    private async Task<HashSet<string>> LoadAsync(string groupId, CancellationToken cancellationToken)
    {
        var client = _httpClients.CreateClient(ClientName);
        var members = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        Uri? next = new(_settings.GraphBaseUrl, $"v1.0/groups/{groupId}/transitiveMembers?$select=id&$top={PageSize}");
        for (var page = 0; next is not null; page++)
        {
            if (page == MaxPages)
                throw new InvalidOperationException($"Group {groupId} has more than {MaxPages * PageSize} members; Cutover stops paging there.");
            using var response = await client.GetAsync(next, cancellationToken).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                LogUnknownGroup(_logger, groupId);
                return members;
            }

            if (!response.IsSuccessStatusCode)
                throw new HttpRequestException($"Graph answered {(int)response.StatusCode} listing the members of group {groupId}.", null, response.StatusCode);

            using var body = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false),
                cancellationToken: cancellationToken).ConfigureAwait(false);
            foreach (var member in body.RootElement.GetProperty("value").EnumerateArray())
            {
                var isUser = !member.TryGetProperty("@odata.type", out var type) || type.GetString() == "#microsoft.graph.user";
                if (isUser && member.TryGetProperty("id", out var id) && id.GetString() is { } memberId)
                    members.Add(memberId);
            }

            next = body.RootElement.TryGetProperty("@odata.nextLink", out var link) && link.GetString() is { } url ? new Uri(url) : null;
        }

        return members;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Approver group {GroupId} does not exist in Entra ID (Graph answered 404); it grants no approvals.")]
    private static partial void LogUnknownGroup(ILogger logger, string groupId);

    private sealed record CachedMembers(HashSet<string> Members, DateTimeOffset Expires);
}
