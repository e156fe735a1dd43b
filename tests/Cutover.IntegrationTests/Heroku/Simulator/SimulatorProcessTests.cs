namespace Cutover.IntegrationTests.Heroku.Simulator;

/// <summary>The simulator run on its own, as <c>dotnet Cutover.Sandbox.dll --urls …</c>.</summary>
public sealed class SimulatorProcessTests
{
    [Fact]
    public async Task Standalone_GetSeedApp_ReturnsSchemaValidJson()
    {
        var port = ProcessRunner.FreePort();
        var dll = Path.Combine(AppContext.BaseDirectory, "Cutover.Sandbox.dll");
        Assert.True(File.Exists(dll), $"{dll} is not in the test output");
        using var process = ProcessRunner.Start("dotnet", [dll, "--urls", $"http://127.0.0.1:{port}"]);
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        client.DefaultRequestHeaders.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(SimulatorHost.HerokuAccept));
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", SimulatorHost.Token);

        var response = await GetWhenListeningAsync(client, "apps/demo-app", process);
        var json = await response.Content.ReadAsStringAsync();
        var errors = await HerokuSchema.Instance.ValidateResponseAsync(HerokuSchema.Instance.Find("GET", "/apps/demo-app")!, json);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("4499", response.Headers.GetValues("RateLimit-Remaining").Single());
        Assert.Empty(errors);
    }

    private static async Task<HttpResponseMessage> GetWhenListeningAsync(HttpClient client, string path, ProcessRunner process)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            try
            {
                return await client.GetAsync(new Uri(path, UriKind.Relative));
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline && !process.HasExited)
            {
                await Task.Delay(200);
            }
        }
    }
}
