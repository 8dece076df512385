using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Tests.Infrastructure;
using Portal.Web.Data;

namespace Portal.Tests.Admin;

public sealed class NewsEditorTests(NewsroomFactory factory) : NewsEditorTestsOn<NewsroomFactory>(factory);

/// <summary>The same tests on PostgreSQL.</summary>
public sealed class NewsEditorOnPostgreSqlTests(PostgreSqlNewsroomFactory factory) : NewsEditorTestsOn<PostgreSqlNewsroomFactory>(factory);

public abstract class NewsEditorTestsOn<TFactory>(TFactory newsroom) : IClassFixture<TFactory> where TFactory : NewsroomFactory
{
    private readonly TFactory factory = TestServers.Checked(newsroom);

    private static readonly string[] Languages = ["en", "fr", "ru", "be"];

    [Fact]
    public async Task Publishing_in_four_languages_shows_the_item_on_every_public_page_at_once()
    {
        var client = await factory.EditorClientAsync();
        var id = await client.SaveAsync(await client.NewItemFormAsync("published-in-four"));
        var reader = await factory.ReadyClientAsync();

        foreach (var language in Languages)
        {
            var title = $"Title {language} published-in-four";
            var item = await reader.GetDocumentAsync($"/{language}/news/published-in-four");
            Assert.Equal(title, item.QuerySelector("h1")!.TextContent.Trim());
            Assert.Contains($"Place {language}", item.QuerySelector(".meta")!.TextContent);
            Assert.Contains($"Body {language} published-in-four", item.QuerySelector(".prose")!.TextContent);
            foreach (var list in new[] { $"/{language}/news", $"/{language}/", $"/{language}/institutions/congress" })
            {
                Assert.Contains(title, (await reader.GetDocumentAsync(list)).QuerySelector("main")!.TextContent);
            }
        }

        var row = (await client.GetDocumentAsync("/admin")).QuerySelector($"a[href='/admin/news/{id}/edit']")!.Closest("tr")!;
        Assert.Contains("Published", row.TextContent);
        Assert.All(Languages, language => Assert.Equal("up to date", row.QuerySelector($"td[data-language={language}]")!.TextContent));
    }

    [Fact]
    public async Task A_draft_is_seen_nowhere_on_the_public_site()
    {
        var client = await factory.EditorClientAsync();
        var id = await client.SaveAsync(await client.NewItemFormAsync("only-a-draft"), "SaveDraft");
        var reader = await factory.ReadyClientAsync();

        using var item = await reader.GetAsync("/en/news/only-a-draft");
        Assert.Equal(HttpStatusCode.NotFound, item.StatusCode);
        foreach (var list in new[] { "/en/news", "/en/", "/en/institutions/congress", "/fr/news" })
        {
            Assert.DoesNotContain("only-a-draft", (await reader.GetDocumentAsync(list)).DocumentElement.OuterHtml);
        }

        var row = (await client.GetDocumentAsync("/admin")).QuerySelector($"a[href='/admin/news/{id}/edit']")!.Closest("tr")!;
        Assert.Contains("Draft", row.TextContent);
    }

    [Fact]
    public async Task Invalid_input_shows_each_error_next_to_its_field_and_saves_nothing()
    {
        var client = await factory.EditorClientAsync();
        var form = await client.NewItemFormAsync("never-saved");
        form.Set("Input.Slug", "Not A Slug!")
            .Set("Input.Date", "2025-13-45")
            .Set("Input.Institution", "nowhere")
            .SetText("en", "Body", "")
            .SetText("fr", "Title", new string('t', 201))
            .SetText("ru", "Summary", new string('s', 501))
            .SetText("be", "Body", new string('б', 60_000)); // 120 000 bytes in UTF-8
        var before = await CountNewsAsync();

        using var response = await form.SubmitAsync(client, "Publish");
        var page = await response.ReadDocumentAsync();
        var errors = page.FieldErrors();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("lower-case letters", errors["Input.Slug"]);
        Assert.Contains("valid date", errors["Input.Date"]);
        Assert.Contains("institutions in the list", errors["Input.Institution"]);
        Assert.Contains("Needed to publish", errors[$"Input.Translations[{form.TranslationIndex("en")}].Body"]);
        Assert.Contains("at most 200 characters", errors[$"Input.Translations[{form.TranslationIndex("fr")}].Title"]);
        Assert.Contains("at most 500 characters", errors[$"Input.Translations[{form.TranslationIndex("ru")}].Summary"]);
        Assert.Contains("100 KB", errors[$"Input.Translations[{form.TranslationIndex("be")}].Body"]);
        Assert.Equal(errors.Count, page.QuerySelectorAll(".error-summary li").Length);
        Assert.Empty(page.QuerySelectorAll("[style]")); // the CSP allows no inline style
        Assert.Equal("Not A Slug!", ((AngleSharp.Html.Dom.IHtmlInputElement)page.QuerySelector("input[name='Input.Slug']")!).Value);
        Assert.Equal(before, await CountNewsAsync());
    }

    [Fact]
    public async Task A_slug_already_used_is_refused()
    {
        var client = await factory.EditorClientAsync();
        var form = await client.NewItemFormAsync("2025-03-26-sessions");

        using var response = await form.SubmitAsync(client, "SaveDraft");
        var errors = (await response.ReadDocumentAsync()).FieldErrors();

        Assert.Contains("already has this address", errors["Input.Slug"]);
        Assert.Equal(1, await factory.WithDbAsync(db => db.News.CountAsync(n => n.Slug == "2025-03-26-sessions")));
    }

    [Fact]
    public async Task A_stale_save_gets_the_conflict_with_the_other_text_and_overwrites_nothing()
    {
        var first = await factory.EditorClientAsync();
        var second = await factory.EditorClientAsync();
        var id = await first.SaveAsync(await first.NewItemFormAsync("two-editors"));
        var firstForm = await first.GetFormAsync($"/admin/news/{id}/edit");
        var secondForm = await second.GetFormAsync($"/admin/news/{id}/edit");

        await first.SaveAsync(firstForm.SetText("en", "Title", "The first editor's title"));
        using var stale = await secondForm.SetText("en", "Title", "The second editor's title").SubmitAsync(second, "Publish");
        var page = await stale.ReadDocumentAsync();
        var reader = await factory.ReadyClientAsync();

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("The first editor's title", page.QuerySelector(".conflict")!.TextContent);
        var kept = HtmlForm.Read(page);
        Assert.Equal("The second editor's title", kept.Text("en", "Title"));
        Assert.Equal("The first editor's title", (await reader.GetDocumentAsync("/en/news/two-editors")).QuerySelector("h1")!.TextContent.Trim());

        // Having seen the other's text, the second editor may knowingly replace it.
        await second.SaveAsync(kept);
        Assert.Equal("The second editor's title", (await reader.GetDocumentAsync("/en/news/two-editors")).QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_revision_restores_an_earlier_text()
    {
        var client = await factory.EditorClientAsync();
        var id = await client.SaveAsync((await client.NewItemFormAsync("restored")).SetText("en", "Title", "The original title"));
        await client.SaveAsync((await client.GetFormAsync($"/admin/news/{id}/edit")).SetText("en", "Title", "A mistaken title"));

        var revisions = await client.GetDocumentAsync($"/admin/news/{id}/revisions");
        var items = revisions.QuerySelectorAll("li.revision");
        Assert.Equal(2, items.Length);
        Assert.Contains("@example.org", items[0].TextContent);
        var restore = items[1].QuerySelector("a[href*='revision=']")!.GetAttribute("href")!;
        var form = await client.GetFormAsync(restore);
        Assert.Equal("The original title", form.Text("en", "Title"));
        await client.SaveAsync(form);

        var reader = await factory.ReadyClientAsync();
        Assert.Equal("The original title", (await reader.GetDocumentAsync("/en/news/restored")).QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(3, (await client.GetDocumentAsync($"/admin/news/{id}/revisions")).QuerySelectorAll("li.revision").Length);
    }

    [Fact]
    public async Task A_script_in_the_text_never_comes_out_as_a_script()
    {
        var client = await factory.EditorClientAsync();
        var form = (await client.NewItemFormAsync("hostile"))
            .SetText("en", "Title", "<script>alert('title')</script>")
            .SetText("en", "Body", "<script>alert('body')</script>\n\n<img src=x onerror=alert(1)>\n\n[click](javascript:alert('link'))");

        using var preview = await form.SubmitAsync(client, "Preview");
        var previewPage = await preview.ReadDocumentAsync();
        await client.SaveAsync(form);
        var page = await (await factory.ReadyClientAsync()).GetDocumentAsync("/en/news/hostile");

        foreach (var document in new[] { previewPage, page })
        {
            Assert.Empty(document.QuerySelectorAll("script, img"));
            Assert.Empty(document.QuerySelectorAll("[onerror]"));
            Assert.DoesNotContain(document.QuerySelectorAll("a"), a => a.GetAttribute("href")!.Contains("javascript", StringComparison.OrdinalIgnoreCase));
        }

        Assert.Contains("<script>alert('body')</script>", previewPage.QuerySelector(".preview .prose")!.TextContent);
        Assert.Equal("<script>alert('title')</script>", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("<script>alert('body')</script>", page.QuerySelector(".prose")!.TextContent);
    }

    [Fact]
    public async Task Preview_shows_the_rendered_text_without_saving()
    {
        var client = await factory.EditorClientAsync();
        var form = (await client.NewItemFormAsync("only-previewed")).SetText("fr", "Body", "Un texte **important**.");
        var before = await CountNewsAsync();

        using var response = await form.SubmitAsync(client, "Preview");
        var page = await response.ReadDocumentAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("important", page.QuerySelector(".preview article[lang=fr] .prose strong")!.TextContent);
        Assert.Equal("Un texte **important**.", HtmlForm.Read(page).Text("fr", "Body"));
        Assert.Equal(before, await CountNewsAsync());
    }

    [Fact]
    public async Task Deleting_asks_for_confirmation_then_removes_the_item_everywhere()
    {
        var client = await factory.EditorClientAsync();
        var id = await client.SaveAsync(await client.NewItemFormAsync("to-be-deleted"));
        var reader = await factory.ReadyClientAsync();

        var confirmation = await client.GetDocumentAsync($"/admin/news/{id}/delete");
        Assert.Contains("to-be-deleted", confirmation.QuerySelector("main")!.TextContent);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/en/news/to-be-deleted")).StatusCode);

        using var deleted = await HtmlForm.Read(confirmation).SubmitAsync(client);

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/en/news/to-be-deleted")).StatusCode);
        Assert.DoesNotContain("to-be-deleted", (await reader.GetDocumentAsync("/en/news")).DocumentElement.OuterHtml);
        Assert.Null((await client.GetDocumentAsync("/admin")).QuerySelector($"a[href='/admin/news/{id}/edit']"));
    }

    [Fact]
    public async Task The_list_tells_which_translations_are_missing_or_older_than_the_English_text()
    {
        var client = await factory.EditorClientAsync();
        var form = (await client.NewItemFormAsync("lagging"))
            .SetText("be", "Title", "").SetText("be", "Summary", "").SetText("be", "Place", "").SetText("be", "Body", "");
        var id = await client.SaveAsync(form);
        await client.SaveAsync((await client.GetFormAsync($"/admin/news/{id}/edit"))
            .SetText("en", "Body", "A corrected English text.").SetText("fr", "Body", "Un texte français corrigé."));

        var row = (await client.GetDocumentAsync("/admin")).QuerySelector($"a[href='/admin/news/{id}/edit']")!.Closest("tr")!;

        Assert.Equal("up to date", row.QuerySelector("td[data-language=en]")!.TextContent);
        Assert.Equal("up to date", row.QuerySelector("td[data-language=fr]")!.TextContent);
        Assert.Equal("older than the English", row.QuerySelector("td[data-language=ru]")!.TextContent);
        Assert.Equal("missing", row.QuerySelector("td[data-language=be]")!.TextContent);
    }

    [Fact]
    public async Task The_editor_and_its_messages_speak_the_editors_language()
    {
        var client = await factory.EditorClientAsync();
        var form = await client.NewItemFormAsync("en-francais");
        form.SetText("en", "Title", "");
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");

        using var response = await form.SubmitAsync(client, "Publish");
        var page = await response.ReadDocumentAsync();

        Assert.Equal("fr", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Titre", page.QuerySelector("label[for='Input_Translations_0__Title']")!.TextContent);
        Assert.Contains("Nécessaire pour publier", page.FieldErrors()["Input.Translations[0].Title"]);
    }

    private Task<int> CountNewsAsync() => factory.WithDbAsync(db => db.News.IgnoreQueryFilters().CountAsync());
}
