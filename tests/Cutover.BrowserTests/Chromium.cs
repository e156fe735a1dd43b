namespace Cutover.BrowserTests;

/// <summary>
/// Debian's Chromium (<c>/usr/bin/chromium</c>, which test.sh installs when missing) driven by Playwright, headless. One
/// per test class; each test gets its own page and screenshots folder under the test output directory.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>How long a step of a browser test waits for the page (actions and expectations).</summary>
    public const float PageTimeout = 30_000;

    private IPlaywright _playwright = null!;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where screenshots go: <c>screenshots/</c> next to the test assembly.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
            throw new InvalidOperationException($"{ExecutablePath} is missing: install Debian's chromium package (./test.sh does).");
        // Wait on what the page shows for as long as a busy 2-core machine may need, not Playwright's default 5 s.
        Assertions.SetDefaultExpectTimeout(PageTimeout);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            // Root in containers has no user namespaces for Chromium's sandbox; the page is our own, on loopback.
            Args = ["--no-sandbox", "--disable-dev-shm-usage"],
        });
        Directory.CreateDirectory(ScreenshotFolder);
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
    }
}
