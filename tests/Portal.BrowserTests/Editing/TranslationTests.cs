using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static Portal.BrowserTests.Editing.Newsroom;

namespace Portal.BrowserTests.Editing;

[Collection(BrowserCollection.Name)]
public sealed class TranslationTests(BrowserPortal portal, ITestOutputHelper output)
{
    [Fact]
    public async Task A_translator_opens_the_Belarusian_queue_sees_what_changed_in_English_translates_and_the_reader_sees_it()
    {
        var (context, page) = await portal.SignedInEditorAsync();
        await using var _ = context;
        await page.GotoAsync("/admin/news/new");
        await page.FillItemAsync("translators-queue", "2031-09-01",
        [
            new Text("en", "The Committee meets the forces", "A meeting.", "Strasbourg", "The Committee met on Tuesday in Strasbourg."),
            new Text("be", "Камітэт сустракаецца з сіламі", "Сустрэча.", "Страсбург", "Камітэт сабраўся ў аўторак у Страсбургу."),
        ]);
        await page.PublishAsync();
        await page.Translation("en").GetByLabel("Text (Markdown)").FillAsync("The Committee met on Wednesday in Strasbourg.");
        await page.PublishAsync();

        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Translations", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Translations", Level = 1 })).ToBeVisibleAsync();
        await page.AssertNoViolationAsync(output);
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Беларуская" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Translations into Беларуская", Level = 1 })).ToBeVisibleAsync();
        await page.AssertNoViolationAsync(output);
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "The Committee meets the forces" });
        await Expect(row).ToContainTextAsync("older than the English");
        await row.GetByRole(AriaRole.Link).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"/admin/news/\d+/translate/be$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Translate translators-queue into Беларуская", Level = 1 })).ToBeVisibleAsync();
        var changes = page.Locator(".translation-review .english-changes");
        await Expect(changes.Locator("del")).ToHaveTextAsync("[deleted: Tuesday]");
        await Expect(changes.Locator("ins")).ToHaveTextAsync("[inserted: Wednesday]");
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "English (read-only)" })).ToContainTextAsync("The Committee met on Wednesday in Strasbourg.");
        await page.AssertNoViolationAsync(output);

        await page.Translation("be").GetByLabel("Text (Markdown)").FillAsync("Камітэт сабраўся ў сераду ў Страсбургу.");
        await page.PressAsync("Save the translation");
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("The translation is saved.");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Translation: up to date" })).ToBeVisibleAsync();
        await page.AssertNoViolationAsync(output);

        var reader = await context.NewPageAsync();
        await reader.GotoAsync("/be/news/translators-queue");
        await Expect(reader.Locator("main .prose")).ToContainTextAsync("Камітэт сабраўся ў сераду ў Страсбургу.");
    }

    [Fact]
    public async Task Marking_a_translation_up_to_date_takes_one_button_pressed_by_keyboard()
    {
        var (context, page) = await portal.SignedInEditorAsync();
        await using var _ = context;
        await page.GotoAsync("/admin/news/new");
        await page.FillItemAsync("typo-in-english", "2031-09-02",
        [
            new Text("en", "A typo in English", "A typo.", "Paris", "The Comittee met."),
            new Text("fr", "Une coquille en anglais", "Une coquille.", "Paris", "Le Comité s’est réuni."),
        ]);
        await page.PublishAsync();
        await page.Translation("en").GetByLabel("Text (Markdown)").FillAsync("The Committee met.");
        await page.PublishAsync();
        await page.Translation("fr").GetByRole(AriaRole.Link, new() { Name = "Translate side by side" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Translation: older than the English" })).ToBeVisibleAsync();

        var button = page.GetByRole(AriaRole.Button, new() { Name = "Mark as up to date" });
        await button.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Marked as up to date with the current English.");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Translation: up to date" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Mark as up to date" })).ToHaveCountAsync(0);
    }
}
