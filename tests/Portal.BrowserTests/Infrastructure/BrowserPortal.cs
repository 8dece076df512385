using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Tests.Admin;

namespace Portal.BrowserTests.Infrastructure;

/// <summary>
/// The real app on Kestrel at a free 127.0.0.1 port (the HTTP tests' <see cref="NewsroomFactory"/>, its SQLite file
/// and the fixture content) and one Chromium, shared by every browser test; each test opens its own context.
/// </summary>
public sealed class BrowserPortal : IAsyncLifetime
{
    private readonly NewsroomFactory app = new();
    private IPlaywright? playwright;
    private IBrowser? browser;

    public Uri BaseAddress { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        if (Chromium.SkipReason is not null)
        {
            return;
        }

        app.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        app.StartServer();
        var addresses = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        BaseAddress = new Uri(addresses.Addresses.Single());
        await app.WhenReadyAsync();

        // An assertion waits only until the page shows what it expects; on two cores shared with the HTTP suite a save can
        // take longer than Playwright's default 5 s to show, which would fail a test for the machine's load.
        Assertions.SetDefaultExpectTimeout(15_000);
        playwright = await Playwright.CreateAsync();
        browser = await Chromium.LaunchAsync(playwright);
    }

    /// <summary>
    /// A fresh browser context (no cookies, no history) on the app; dispose it at the end of the test. Every browser test
    /// starts here, so this is where one is skipped on a machine without Chromium.
    /// </summary>
    public Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions? options = null)
    {
        Chromium.SkipTestWhenMissing();
        options ??= new BrowserNewContextOptions();
        options.BaseURL = BaseAddress.ToString();
        return browser!.NewContextAsync(options);
    }

    /// <summary>A new account of its own, an Editor unless said (its password is <see cref="NewsroomFactory.Password"/>); returns its e-mail.</summary>
    public Task<string> CreateEditorAsync(string role = "Editor")
    {
        Chromium.SkipTestWhenMissing(); // the app is not started without a browser
        return app.AddAccountAsync(role);
    }

    public async ValueTask DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        await app.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserPortal>
{
    public const string Name = "Browser";
}
