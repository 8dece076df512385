using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Admin;

public sealed class TranslationStateTests(NewsroomFactory factory) : TranslationStateTestsOn<NewsroomFactory>(factory);

/// <summary>The same tests on PostgreSQL.</summary>
public sealed class TranslationStateOnPostgreSqlTests(PostgreSqlNewsroomFactory factory) : TranslationStateTestsOn<PostgreSqlNewsroomFactory>(factory);

/// <summary>A translation is out of date when the English words changed after it was made, and the translator sees which words.</summary>
public abstract class TranslationStateTestsOn<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : NewsroomFactory
{
    private static readonly string[] Translations = ["fr", "ru", "be"];

    [Fact]
    public async Task Changing_one_word_of_the_English_body_marks_every_translation_out_of_date_with_that_word_in_the_diff()
    {
        var client = await factory.EditorClientAsync();
        var id = await client.ItemInFourLanguagesAsync("one-word-changed");

        await client.ChangeEnglishBodyAsync(id, Translating.EnglishBody.Replace("Tuesday", "Wednesday", StringComparison.Ordinal));

        foreach (var language in Translations)
        {
            Assert.Equal("older than the English", await client.ListedStateAsync(id, language));
            var page = await client.SideBySideAsync(id, language);
            var changes = page.QuerySelector(".translation-review .english-changes")!;
            Assert.Equal("Text (Markdown)", changes.QuerySelector("dt")!.TextContent);
            Assert.Equal("[deleted: Tuesday]", Assert.Single(changes.QuerySelectorAll("del")).TextContent);
            Assert.Equal("[inserted: Wednesday]", Assert.Single(changes.QuerySelectorAll("ins")).TextContent);
            Assert.Contains("It adopted a decision.", changes.TextContent); // the words around stay, unmarked
        }

        Assert.Equal("up to date", await client.ListedStateAsync(id, "en"));
        // The full editor shows the same diff beside each language's fields.
        var editor = await client.GetDocumentAsync($"/admin/news/{id}/edit");
        Assert.All(Translations, language => Assert.Equal("[deleted: Tuesday]",
            editor.QuerySelectorAll("fieldset.translation")
                .Single(fieldset => fieldset.QuerySelector("input[name$='.Language']")!.GetAttribute("value") == language)
                .QuerySelector(".english-changes del")!.TextContent));
    }

    [Fact]
    public async Task Saving_the_form_unchanged_marks_nothing()
    {
        var client = await factory.EditorClientAsync();
        var id = await client.ItemInFourLanguagesAsync("saved-unchanged");
        await client.SaveAsync(await client.GetFormAsync($"/admin/news/{id}/edit"));
        foreach (var language in Translations)
        {
            Assert.Equal("up to date", await client.ListedStateAsync(id, language));
        }

        // Out of date stays out of date when the form is saved again with the same words, translations untouched.
        await client.ChangeEnglishBodyAsync(id, "A new English text.");
        await client.SaveAsync(await client.GetFormAsync($"/admin/news/{id}/edit"));

        foreach (var language in Translations)
        {
            Assert.Equal("older than the English", await client.ListedStateAsync(id, language));
        }
    }

    [Fact]
    public async Task A_translation_changed_in_the_same_save_as_the_English_is_made_from_that_English()
    {
        var client = await factory.EditorClientAsync();
        var id = await client.ItemInFourLanguagesAsync("changed-together");

        await client.SaveAsync((await client.GetFormAsync($"/admin/news/{id}/edit"))
            .SetText("en", "Title", "A new English title").SetText("fr", "Title", "Un nouveau titre"));

        Assert.Equal("up to date", await client.ListedStateAsync(id, "fr"));
        Assert.Equal("older than the English", await client.ListedStateAsync(id, "ru"));
        var diff = (await client.SideBySideAsync(id, "ru")).QuerySelector(".english-changes")!;
        Assert.Equal("Title", diff.QuerySelector("dt")!.TextContent);
        Assert.Equal("Title en changed-together", Translating.TextOf(diff.QuerySelector("dd")!, before: true));
        Assert.Equal("A new English title", Translating.TextOf(diff.QuerySelector("dd")!, before: false));
    }

    [Fact]
    public async Task Mark_as_up_to_date_clears_the_state_and_leaves_a_revision()
    {
        var client = await factory.EditorClientAsync();
        var id = await client.ItemInFourLanguagesAsync("typo-fixed");
        await client.ChangeEnglishBodyAsync(id, Translating.EnglishBody.Replace("Strasbourg", "Strasbourg (France)", StringComparison.Ordinal));
        var revisionsBefore = (await client.GetDocumentAsync($"/admin/news/{id}/revisions")).QuerySelectorAll("li.revision").Length;

        using var marked = await client.MarkUpToDateAsync(await client.SideBySideAsync(id, "ru"));

        Assert.Equal(HttpStatusCode.Redirect, marked.StatusCode);
        var page = await client.SideBySideAsync(id, "ru");
        Assert.Equal("Translation: up to date", page.QuerySelector("#review-title")!.TextContent);
        Assert.Null(page.QuerySelector(".english-changes"));
        Assert.Equal("up to date", await client.ListedStateAsync(id, "ru"));
        Assert.Equal("older than the English", await client.ListedStateAsync(id, "be"));
        var revisions = (await client.GetDocumentAsync($"/admin/news/{id}/revisions")).QuerySelectorAll("li.revision");
        Assert.Equal(revisionsBefore + 1, revisions.Length);
        Assert.Contains("marked as up to date", revisions[0].TextContent);
        Assert.Contains("Русский", revisions[0].TextContent);
        var reader = await factory.ReadyClientAsync();
        Assert.Contains("Body ru typo-fixed", (await reader.GetDocumentAsync("/ru/news/typo-fixed")).QuerySelector(".prose")!.TextContent);
    }

    [Fact]
    public async Task Translating_side_by_side_saves_that_language_only_and_brings_it_up_to_date()
    {
        var client = await factory.EditorClientAsync();
        var id = await client.ItemInFourLanguagesAsync("side-by-side");
        await client.ChangeEnglishBodyAsync(id, "The Committee met on Wednesday.");
        var page = await client.SideBySideAsync(id, "be");

        Assert.Equal("The Committee met on Wednesday.", page.QuerySelector(".source-text pre")!.TextContent.Trim());
        Assert.Equal("Body be side-by-side", page.TranslationForm().Value("Input.Text.Body")!.TrimEnd());
        await client.SaveTranslationAsync(page.TranslationForm().Set("Input.Text.Body", "Камітэт сабраўся ў сераду."));

        var reader = await factory.ReadyClientAsync();
        Assert.Contains("Камітэт сабраўся ў сераду.", (await reader.GetDocumentAsync("/be/news/side-by-side")).QuerySelector(".prose")!.TextContent);
        Assert.Equal("up to date", await client.ListedStateAsync(id, "be"));
        Assert.Equal("older than the English", await client.ListedStateAsync(id, "fr"));
        Assert.Contains("Body fr side-by-side", (await reader.GetDocumentAsync("/fr/news/side-by-side")).QuerySelector(".prose")!.TextContent);
        var newest = (await client.GetDocumentAsync($"/admin/news/{id}/revisions")).QuerySelector("li.revision")!;
        Assert.Contains("Беларуская", newest.TextContent);
    }

    [Fact]
    public async Task A_translation_saved_after_the_English_changed_meanwhile_gets_the_conflict_and_the_diff_of_what_the_translator_saw()
    {
        var translator = await factory.EditorClientAsync();
        var editor = await factory.EditorClientAsync();
        var id = await editor.ItemInFourLanguagesAsync("english-changed-meanwhile");
        var opened = await translator.SideBySideAsync(id, "fr");

        await editor.ChangeEnglishBodyAsync(id, Translating.EnglishBody.Replace("Tuesday", "Wednesday", StringComparison.Ordinal));
        using var stale = await opened.TranslationForm().Set("Input.Text.Body", "Le Comité s’est réuni mardi.").SubmitAsync(translator);
        var page = await stale.ReadDocumentAsync();

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.NotNull(page.QuerySelector(".conflict"));
        Assert.Equal("[deleted: Tuesday]", page.QuerySelector(".translation-review del")!.TextContent);
        Assert.Equal("[inserted: Wednesday]", page.QuerySelector(".translation-review ins")!.TextContent);
        Assert.Equal("Le Comité s’est réuni mardi.", page.TranslationForm().Value("Input.Text.Body")!.TrimEnd());
        Assert.Contains("Body fr english-changed-meanwhile",
            (await (await factory.ReadyClientAsync()).GetDocumentAsync("/fr/news/english-changed-meanwhile")).QuerySelector(".prose")!.TextContent);

        // Having seen what changed, the translator saves knowingly.
        await translator.SaveTranslationAsync(page.TranslationForm().Set("Input.Text.Body", "Le Comité s’est réuni mercredi."));
        Assert.Equal("up to date", await translator.ListedStateAsync(id, "fr"));
    }

    [Fact]
    public async Task A_side_by_side_save_is_checked_by_the_items_rules_next_to_its_fields()
    {
        var client = await factory.EditorClientAsync();
        var id = await client.ItemInFourLanguagesAsync("checked-translation");
        var form = (await client.SideBySideAsync(id, "ru")).TranslationForm()
            .Set("Input.Text.Title", new string('т', 201)).Set("Input.Text.Body", "");

        using var response = await form.SubmitAsync(client);
        var errors = (await response.ReadDocumentAsync()).FieldErrors();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("at most 200 characters", errors["Input.Text.Title"]);
        Assert.Contains("Needed to publish", errors["Input.Text.Body"]);
        Assert.Contains("Body ru checked-translation",
            (await (await factory.ReadyClientAsync()).GetDocumentAsync("/ru/news/checked-translation")).QuerySelector(".prose")!.TextContent);
    }

    [Fact]
    public async Task Texts_stored_before_translations_were_tracked_go_by_their_time_stamps_until_the_item_is_saved()
    {
        var client = await factory.EditorClientAsync();
        var id = await client.ItemInFourLanguagesAsync("stored-before-tracking");
        await factory.WithDbAsync(async db =>
        {
            foreach (var text in await db.NewsTranslations.Where(t => t.NewsItemId == id).ToListAsync())
            {
                text.EnglishFingerprint = null;
                text.TranslatedFrom = null;
                text.UpdatedAt = text.Language == "ru" ? text.UpdatedAt.AddDays(-1) : text.UpdatedAt;
            }

            return await db.SaveChangesAsync();
        });
        Assert.Equal("up to date", await client.ListedStateAsync(id, "fr"));
        Assert.Equal("older than the English", await client.ListedStateAsync(id, "ru"));

        await client.ChangeEnglishBodyAsync(id, Translating.EnglishBody.Replace("Tuesday", "Wednesday", StringComparison.Ordinal));

        // French was current with the English stored before this save: its diff is known; Russian's starting point is not.
        Assert.Equal("[deleted: Tuesday]", (await client.SideBySideAsync(id, "fr")).QuerySelector(".english-changes del")!.TextContent);
        var russian = await client.SideBySideAsync(id, "ru");
        Assert.Contains("older than the English", russian.QuerySelector("#review-title")!.TextContent);
        Assert.Contains("is not known", russian.QuerySelector(".translation-review")!.TextContent);
    }

    [Theory]
    [InlineData("/admin/news/{id}/translate/xx")]
    [InlineData("/admin/news/{id}/translate/en")]
    [InlineData("/admin/news/987654/translate/fr")]
    [InlineData("/admin/translations/xx")]
    public async Task An_unknown_language_or_item_is_a_404_in_the_newsrooms_language(string address)
    {
        var client = await factory.EditorClientAsync();
        var id = await client.ItemInFourLanguagesAsync("not-found-" + Math.Abs(address.GetHashCode(StringComparison.Ordinal)));
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");

        using var response = await client.GetAsync(address.Replace("{id}", id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        var page = await response.ReadDocumentAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("fr", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Page introuvable", page.QuerySelector("h1")!.TextContent);
    }
}
