using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.BrowserTests.Infrastructure;
using Portal.Tests.Admin;
using Portal.Tests.Admin.Accounts;
using static Microsoft.Playwright.Assertions;

namespace Portal.BrowserTests.Editing;

/// <summary>An administrator's first sign-in: the set-up page with its QR code, then a whole sign-in with a code.</summary>
[Collection(BrowserCollection.Name)]
public sealed class TwoFactorTests(BrowserPortal portal, ITestOutputHelper output)
{
    [Fact]
    public async Task An_admin_sets_up_the_authenticator_on_an_accessible_page_then_signs_in_with_a_code()
    {
        var email = await portal.CreateEditorAsync("Admin");
        await using var context = await portal.NewContextAsync(new BrowserNewContextOptions { Locale = "en-GB" });
        var page = await context.NewPageAsync();

        await SignInWithPasswordAsync(page, email);
        await Expect(page).ToHaveURLAsync(new Regex("/admin/account/two-factor$"));
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "QR code with the key for your authenticator app" })).ToBeVisibleAsync();
        await page.AssertNoViolationAsync(output);

        var app = new Authenticator((await page.Locator("code.key").TextContentAsync())!.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant());
        await page.GetByLabel("Six-digit code").FillAsync(app.Code());
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn on two-factor sign-in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your recovery codes" })).ToBeVisibleAsync();
        await Expect(page.Locator(".recovery-codes li")).ToHaveCountAsync(10);
        await page.AssertNoViolationAsync(output);

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await SignInWithPasswordAsync(page, email);
        await Expect(page).ToHaveURLAsync(new Regex("/admin/login/code"));
        await Expect(page.GetByLabel(new Regex("Do not ask for a code again"))).Not.ToBeCheckedAsync();
        await page.AssertNoViolationAsync(output);
        await page.GetByLabel("Six-digit code").FillAsync(app.Code());
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/admin$"));
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Audit trail" })).ToBeVisibleAsync();
    }

    private static async Task SignInWithPasswordAsync(IPage page, string email)
    {
        await page.GotoAsync("/admin/login");
        await page.GetByLabel("E-mail address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(NewsroomFactory.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }
}
