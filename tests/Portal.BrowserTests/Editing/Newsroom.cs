using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.BrowserTests.Infrastructure;
using Portal.Tests.Admin;
using static Microsoft.Playwright.Assertions;

namespace Portal.BrowserTests.Editing;

/// <summary>What an editor does in the newsroom, through the labels and roles a person (or a screen reader) goes by.</summary>
public static class Newsroom
{
    /// <summary>The editor's texts in a language, as typed into its fieldset.</summary>
    public sealed record Text(string Language, string Title, string Summary, string Place, string Body);

    /// <summary>A new editor's own context (English interface), signed in at <c>/admin/login</c>, on the news list.</summary>
    public static async Task<(IBrowserContext Context, IPage Page)> SignedInEditorAsync(this BrowserPortal portal)
    {
        var email = await portal.CreateEditorAsync();
        var context = await portal.NewContextAsync(new BrowserNewContextOptions { Locale = "en-GB" });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/admin/login");
        await page.GetByLabel("E-mail address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(NewsroomFactory.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/admin$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "News", Level = 1 })).ToBeVisibleAsync();
        return (context, page);
    }

    /// <summary>The fieldset of one language's text on the editor, found by its legend.</summary>
    public static ILocator Translation(this IPage page, string language) =>
        page.GetByRole(AriaRole.Group, new() { Name = "Text in " + Portal.Web.Localization.Languages.NativeName(language), Exact = true });

    public static async Task FillItemAsync(this IPage page, string slug, string date, IEnumerable<Text> texts)
    {
        await page.GetByLabel("Address (slug)").FillAsync(slug);
        await page.GetByLabel("Date").FillAsync(date);
        await page.GetByLabel("Institution").SelectOptionAsync(new SelectOptionValue { Label = "Fixture Congress" });
        foreach (var text in texts)
        {
            var fieldset = page.Translation(text.Language);
            await fieldset.GetByLabel("Title").FillAsync(text.Title);
            await fieldset.GetByLabel("Summary").FillAsync(text.Summary);
            await fieldset.GetByLabel("Place").FillAsync(text.Place);
            await fieldset.GetByLabel("Text (Markdown)").FillAsync(text.Body);
        }
    }

    /// <summary>
    /// Clicks a button of the editor's form and waits until the answer has replaced the page, so that what the test looks
    /// for next cannot be found on the page before. It listens for the navigation before the click; a wait for a load state
    /// after the click once missed the new page's DOMContentLoaded and waited out its 30 s. (Playwright's own
    /// RunAndWaitForNavigationAsync does this, but is marked obsolete, and warnings are errors here.)
    /// </summary>
    public static async Task PressAsync(this IPage page, string button)
    {
        var navigated = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnNavigated(object? sender, IFrame frame)
        {
            if (frame == page.MainFrame)
            {
                navigated.TrySetResult();
            }
        }

        page.FrameNavigated += OnNavigated;
        try
        {
            await page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();
            await navigated.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }
        finally
        {
            page.FrameNavigated -= OnNavigated;
        }
    }

    public static async Task PublishAsync(this IPage page)
    {
        await page.PressAsync("Publish");
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Published: readers see it now.");
        await Expect(page).ToHaveURLAsync(new Regex(@"/admin/news/\d+/edit\?saved=published$"));
    }
}
