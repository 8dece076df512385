using Microsoft.Playwright;
using Portal.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Portal.BrowserTests.Editing;

[Collection(BrowserCollection.Name)]
public sealed class NewsroomAccessibilityTests(BrowserPortal portal, ITestOutputHelper output)
{
    [Fact]
    public async Task Axe_finds_no_WCAG_21_AA_violation_on_the_sign_in_page()
    {
        await using var context = await portal.NewContextAsync(new BrowserNewContextOptions { Locale = "en-GB" });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/admin/login");

        await page.AssertNoViolationAsync(output);
    }

    [Fact]
    public async Task Axe_finds_no_WCAG_21_AA_violation_on_the_sign_in_page_after_a_wrong_password()
    {
        await using var context = await portal.NewContextAsync(new BrowserNewContextOptions { Locale = "en-GB" });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/admin/login");
        await page.GetByLabel("E-mail address").FillAsync("nobody@example.org");
        await page.GetByLabel("Password").FillAsync("not the password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("the e-mail address or the password is wrong.");

        await page.AssertNoViolationAsync(output);
    }

    [Fact]
    public async Task Axe_finds_no_WCAG_21_AA_violation_on_the_news_list()
    {
        var (context, page) = await portal.SignedInEditorAsync();
        await using var _ = context;

        await page.AssertNoViolationAsync(output);
    }

    [Fact]
    public async Task Axe_finds_no_WCAG_21_AA_violation_on_the_editor_of_a_new_item()
    {
        var (context, page) = await portal.SignedInEditorAsync();
        await using var _ = context;
        await page.GotoAsync("/admin/news/new");

        await page.AssertNoViolationAsync(output);
    }

    [Fact]
    public async Task Axe_finds_no_WCAG_21_AA_violation_on_the_editor_showing_validation_errors()
    {
        var (context, page) = await portal.SignedInEditorAsync();
        await using var _ = context;
        await page.GotoAsync("/admin/news/new");
        await page.GetByLabel("Address (slug)").FillAsync("Not A Slug");
        await page.Translation("en").GetByLabel("Title").FillAsync(new string('x', 201));
        await page.PressAsync("Publish");
        await Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "There is a problem" })).ToBeVisibleAsync();

        await page.AssertNoViolationAsync(output);
    }

    [Fact]
    public async Task Axe_finds_no_WCAG_21_AA_violation_on_the_editor_showing_a_preview()
    {
        var (context, page) = await portal.SignedInEditorAsync();
        await using var _ = context;
        await page.GotoAsync("/admin/news/new");
        await page.FillItemAsync("preview-only", "2031-07-01",
            [new Newsroom.Text("en", "A preview", "Seen before saving.", "Paris", "Some **bold** and a [link](https://example.org/).")]);
        await page.PressAsync("Preview");
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Preview (not saved)" })).ToBeVisibleAsync();

        await page.AssertNoViolationAsync(output);
    }
}
