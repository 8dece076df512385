using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static Portal.BrowserTests.Editing.Newsroom;

namespace Portal.BrowserTests.Editing;

[Collection(BrowserCollection.Name)]
public sealed class EditorTests(BrowserPortal portal)
{
    private static readonly Text[] FourLanguages =
    [
        new("en", "Editors meet in Strasbourg", "The newsroom's first item.", "Strasbourg", "A **bold step** for the newsroom."),
        new("fr", "Les rédacteurs se réunissent à Strasbourg", "Le premier article de la rédaction.", "Strasbourg",
            "Un **pas décisif** pour la rédaction."),
        new("ru", "Редакторы встречаются в Страсбурге", "Первая новость редакции.", "Страсбург", "**Смелый шаг** для редакции."),
        new("be", "Рэдактары сустракаюцца ў Страсбургу", "Першая навіна рэдакцыі.", "Страсбург", "**Смелы крок** для рэдакцыі."),
    ];

    [Fact]
    public async Task An_editor_writes_previews_and_publishes_an_item_that_readers_find_in_every_language()
    {
        var (context, page) = await portal.SignedInEditorAsync();
        await using var _ = context;
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Write a news item" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "New news item" })).ToBeVisibleAsync();
        await page.FillItemAsync("editors-meet", "2031-05-04", FourLanguages);

        await page.PressAsync("Preview");

        var preview = page.GetByRole(AriaRole.Region, new() { Name = "Preview (not saved)" });
        foreach (var text in FourLanguages)
        {
            var article = preview.Locator($"article[lang={text.Language}]");
            await Expect(article.GetByRole(AriaRole.Heading, new() { Name = text.Title })).ToBeVisibleAsync();
            await Expect(article.Locator("strong")).ToHaveTextAsync(BoldPart(text.Body));
            var fieldset = page.Translation(text.Language);
            await Expect(fieldset.GetByLabel("Title")).ToHaveValueAsync(text.Title);
            await Expect(fieldset.GetByLabel("Summary")).ToHaveValueAsync(text.Summary);
            await Expect(fieldset.GetByLabel("Place")).ToHaveValueAsync(text.Place);
            await Expect(fieldset.GetByLabel("Text (Markdown)")).ToHaveValueAsync(text.Body);
        }

        await Expect(page.GetByLabel("Address (slug)")).ToHaveValueAsync("editors-meet");

        await page.PublishAsync();

        var reader = await context.NewPageAsync();
        foreach (var text in FourLanguages)
        {
            await reader.GotoAsync($"/{text.Language}/news");
            await reader.GetByRole(AriaRole.Link, new() { Name = text.Title }).ClickAsync();

            await Expect(reader).ToHaveURLAsync(new Regex($"/{text.Language}/news/editors-meet$"));
            await Expect(reader.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(text.Title);
            await Expect(reader.Locator("main .prose strong")).ToHaveTextAsync(BoldPart(text.Body));
            await Expect(reader.Locator("main")).ToContainTextAsync(text.Summary);
            await Expect(reader.Locator("main")).ToContainTextAsync(text.Place);
        }
    }

    [Fact]
    public async Task A_second_editor_with_a_stale_form_gets_the_conflict_and_the_first_change_stays()
    {
        var (firstContext, first) = await portal.SignedInEditorAsync();
        await using var _ = firstContext;
        await first.GotoAsync("/admin/news/new");
        await first.FillItemAsync("two-editors", "2031-06-01",
            [new Text("en", "Two editors, one item", "Before anyone edits.", "Vilnius", "The **first** text.")]);
        await first.PublishAsync();
        var editUrl = new Uri(first.Url).AbsolutePath;

        var (secondContext, second) = await portal.SignedInEditorAsync();
        await using var __ = secondContext;
        await second.GotoAsync(editUrl);
        await first.GotoAsync(editUrl);

        await first.Translation("en").GetByLabel("Title").FillAsync("Two editors, first change");
        await first.PublishAsync();
        await second.Translation("en").GetByLabel("Summary").FillAsync("The second editor's summary.");
        await second.PressAsync("Publish");

        var conflict = second.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Someone else saved this item meanwhile" });
        await Expect(conflict).ToBeVisibleAsync();
        await Expect(conflict).ToContainTextAsync("Two editors, first change");
        await Expect(second.Translation("en").GetByLabel("Summary")).ToHaveValueAsync("The second editor's summary.");
        var reader = await secondContext.NewPageAsync();
        await reader.GotoAsync("/en/news/two-editors");
        await Expect(reader.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Two editors, first change");
        await Expect(reader.Locator("main")).ToContainTextAsync("Before anyone edits.");
    }

    private static string BoldPart(string markdown) => markdown.Split("**")[1];
}
