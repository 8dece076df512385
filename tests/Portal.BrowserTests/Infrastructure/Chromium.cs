using Microsoft.Playwright;

namespace Portal.BrowserTests.Infrastructure;

/// <summary>Debian's Chromium, never a browser Playwright would download.</summary>
public static class Chromium
{
    public const string InstallHint = "install it with `apt-get install -y chromium`, or set CHROMIUM_PATH";

    public static string ExecutablePath { get; } =
        Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static bool IsInstalled => File.Exists(ExecutablePath);

    /// <summary>CI must prove the pages in a browser: there a missing browser fails the tests instead of skipping them.</summary>
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why browser tests are skipped on this machine, or null when they run.</summary>
    public static string? SkipReason => IsInstalled || IsCi
        ? null
        : $"Chromium not found at {ExecutablePath}: {InstallHint}.";

    /// <summary>Skips the calling test, saying how to install Chromium, on a machine without it outside CI.</summary>
    public static void SkipTestWhenMissing()
    {
        if (SkipReason is { } reason)
        {
            Assert.Skip(reason);
        }
    }

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        if (!IsInstalled)
        {
            throw new InvalidOperationException(
                $"CI=true and Chromium is not at {ExecutablePath}: browser tests never skip in CI; {InstallHint}.");
        }

        return playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--no-first-run", "--disable-sync",
            ],
        });
    }
}
