using static Microsoft.Playwright.Assertions;

namespace Cutover.BrowserTests;

/// <summary>The sandbox console as a person uses it: by label, role and visible text.</summary>
public sealed class ConsolePage(IPage page)
{
    public IPage Page => page;

    public async Task OpenAsync(Uri url)
    {
        await page.GotoAsync(url.ToString());
        await Expect(page.Locator("#connection")).ToHaveTextAsync("Live");
    }

    public Task ActAsAsync(string user) => page.GetByLabel("You are").SelectOptionAsync(user);

    public ILocator CommandBox => page.GetByRole(AriaRole.Textbox, new() { Name = "Command" });

    /// <summary>Commands sent and not answered yet ("Cutover is handling it…").</summary>
    public ILocator Sending => page.Locator(".sending");

    /// <summary>Types a command into the command box, sends it with Enter and waits until Cutover has answered it.</summary>
    public async Task TypeAsync(string text)
    {
        await CommandBox.FillAsync(text);
        await CommandBox.PressAsync("Enter");
        await Expect(CommandBox).ToHaveValueAsync(string.Empty);
        await Expect(Sending).ToHaveCountAsync(0);
    }

    /// <summary>Cutover's message whose title contains <paramref name="title"/>.</summary>
    public ILocator Message(string title) =>
        page.Locator("article.msg").Filter(new() { Has = page.Locator("h3", new() { HasText = title }) });

    /// <summary>A private reply ("Only visible to …") containing <paramref name="text"/>.</summary>
    public ILocator Reply(string text) => page.Locator(".ephemeral").Filter(new() { HasText = text });

    /// <summary>Approval requests that still have their buttons.</summary>
    public ILocator OpenRequests => page.Locator("article.msg").Filter(new() { Has = page.Locator("button[data-action='runbook.approve-step']") });

    public Task ClickAsync(string button) => page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();

    /// <summary>Saves a screenshot of the whole page, or of one part of it, as <c>screenshots/&lt;name&gt;.png</c>.</summary>
    public async Task ShotAsync(string name, ILocator? part = null)
    {
        var path = Path.Combine(Chromium.ScreenshotFolder, $"{name}.png");
        if (part is null)
            await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        else
            await part.ScreenshotAsync(new() { Path = path });
    }
}
