namespace Cutover.Tests.Heroku;

public sealed class HerokuPagingTests : IDisposable
{
    private readonly RecordingHandler _network = new();

    public void Dispose() => _network.Dispose();

    [Fact]
    public async Task ReadAll_PartialContentWithNextRange_FollowsEveryPage()
    {
        _network
            .Then(HttpStatusCode.PartialContent, Domains("a.example.com", "b.example.com"), headers: ("Next-Range", "id ]b..; max=2"))
            .Then(HttpStatusCode.PartialContent, Domains("c.example.com", "d.example.com"), headers: ("Next-Range", "id ]d..; max=2"))
            .Then(HttpStatusCode.OK, Domains("e.example.com"));

        var hostnames = await ReadAll("id ..; max=2").Select(d => d.Hostname).ToListAsync();

        Assert.Equal(["a.example.com", "b.example.com", "c.example.com", "d.example.com", "e.example.com"], hostnames);
        Assert.Equal(["id ..; max=2", "id ]b..; max=2", "id ]d..; max=2"], _network.Requests.Select(r => r.Header("Range")));
    }

    [Fact]
    public async Task ReadAll_FirstPageWithoutRange_SendsNoRangeHeader()
    {
        _network.Then(HttpStatusCode.OK, Domains("a.example.com"));

        var domains = await ReadAll(range: null).ToListAsync();

        Assert.Single(domains);
        Assert.Null(Assert.Single(_network.Requests).Header("Range"));
    }

    [Fact]
    public async Task ReadAll_OkWithNextRange_StopsAtTheOk()
    {
        _network.Then(HttpStatusCode.OK, Domains("a.example.com"), headers: ("Next-Range", "id ]a..; max=1"));

        var domains = await ReadAll(range: null).ToListAsync();

        Assert.Single(domains);
        Assert.Single(_network.Requests);
    }

    [Fact]
    public async Task ReadAll_PartialContentWithoutNextRange_Stops()
    {
        _network.Then(HttpStatusCode.PartialContent, Domains("a.example.com"));

        var domains = await ReadAll(range: null).ToListAsync();

        Assert.Single(domains);
        Assert.Single(_network.Requests);
    }

    [Fact]
    public async Task ReadAll_NextRangeRepeatsTheRequest_StopsInsteadOfLooping()
    {
        _network
            .Then(HttpStatusCode.PartialContent, Domains("a.example.com"), headers: ("Next-Range", "id ]a..; max=1"))
            .Then(HttpStatusCode.PartialContent, Domains("b.example.com"), headers: ("Next-Range", "id ]a..; max=1"));

        var domains = await ReadAll(range: null).ToListAsync();

        Assert.Equal(2, domains.Count);
        Assert.Equal(2, _network.Requests.Count);
    }

    [Fact]
    public async Task ReadAll_ErrorOnALaterPage_ThrowsHerokuApiException()
    {
        _network
            .Then(HttpStatusCode.PartialContent, Domains("a.example.com"), headers: ("Next-Range", "id ]a..; max=1"))
            .Then(HttpStatusCode.RequestedRangeNotSatisfiable, """{"id":"requested_range_not_satisfiable","message":"Range is not valid."}""");

        var error = await Assert.ThrowsAsync<HerokuApiException>(() => ReadAll(range: null).ToListAsync().AsTask());

        Assert.Equal(HerokuErrorIds.RequestedRangeNotSatisfiable, error.Id);
        Assert.Equal("Range is not valid.", error.Message);
    }

    private IAsyncEnumerable<Infrastructure.Heroku.Models.Domain> ReadAll(string? range)
    {
        var api = HerokuClients.For<IDomainsApi>(_network);
        return HerokuPaging.ReadAllAsync((r, ct) => api.ListAsync("demo-app", r, ct), range, CancellationToken.None);
    }

    private static string Domains(params string[] hostnames) =>
        "[" + string.Join(",", hostnames.Select(h => $$"""{"id":"{{Guid.NewGuid()}}","hostname":"{{h}}","kind":"custom"}""")) + "]";
}
