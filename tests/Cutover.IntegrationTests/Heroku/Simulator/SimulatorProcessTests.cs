namespace Cutover.IntegrationTests.Heroku.Simulator;

/// <summary>The simulator run on its own, as <c>dotnet Cutover.Sandbox.dll --urls …</c>.</summary>
public sealed class SimulatorProcessTests
{
    [Fact]
    public async Task Standalone_GetSeedApp_ReturnsSchemaValidJson()
    {
        var port = FreePort();
        var dll = Path.Combine(AppContext.BaseDirectory, "Cutover.Sandbox.dll");
        Assert.True(File.Exists(dll), $"{dll} is not in the test output");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetTempPath() };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        try
        {
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
        finally
        {
            if (!process.HasExited)
                process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            _ = await stderr;
        }
    }

    private static async Task<HttpResponseMessage> GetWhenListeningAsync(HttpClient client, string path, Process process)
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

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
