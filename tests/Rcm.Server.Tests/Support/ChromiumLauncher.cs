using Microsoft.Playwright;

namespace Rcm.Server.Tests.Support;

/// <summary>
/// Starts the machine's headless Chromium for the end-to-end UI tests: RCM_CHROMIUM or /usr/bin/chromium, never a
/// browser downloaded by <c>playwright install</c> (CONVENTIONS.md, tests needing Chromium).
/// </summary>
public static class ChromiumLauncher
{
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("RCM_CHROMIUM") is { Length: > 0 } c ? c : "/usr/bin/chromium",
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
}
