using System.Net;
using System.Xml.Linq;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Portal.Tests.Content;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Admin;

public sealed class NewsEditorHostileTextTests(NewsroomFactory factory) : NewsEditorHostileTextTestsOn<NewsroomFactory>(factory);

/// <summary>The same tests on PostgreSQL.</summary>
public sealed class NewsEditorHostileTextOnPostgreSqlTests(PostgreSqlNewsroomFactory factory) : NewsEditorHostileTextTestsOn<PostgreSqlNewsroomFactory>(factory);

/// <summary>Text the site cannot render or publish gets a message next to its field; the editor's text stays on the form and nothing is saved.</summary>
public abstract class NewsEditorHostileTextTestsOn<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : NewsroomFactory
{
    private static readonly string[] Handlers = ["Preview", "SaveDraft", "Publish"];

    public static TheoryData<string, string> NestingsByHandler()
    {
        var data = new TheoryData<string, string>();
        foreach (var nesting in HostileText.Nestings)
        {
            foreach (var handler in Handlers)
            {
                data.Add(nesting, handler);
            }
        }

        return data;
    }

    public static TheoryData<string> EachHandler() => new(Handlers);

    [Theory]
    [MemberData(nameof(NestingsByHandler))]
    public async Task A_body_nested_too_deep_gets_a_message_keeps_the_text_and_saves_nothing(string nesting, string handler)
    {
        var client = await factory.EditorClientAsync();
        var body = HostileText.DeepMarkdown(nesting);
        var form = (await client.NewItemFormAsync($"deep-{nesting}-{handler.ToLowerInvariant()}")).SetText("fr", "Body", body);

        var page = await SubmitRefusedAsync(client, form, handler, "fr");

        Assert.Contains("nested too deeply", page.FieldErrors()[Field(form, "fr", "Body")]);
        Assert.Equal(body, Kept(page).Text("fr", "Body"));
        await AssertFeedsParseAsync();
    }

    [Theory]
    [InlineData("0001", "Title", "Publish")]
    [InlineData("000B", "Summary", "SaveDraft")]
    [InlineData("001F", "Place", "Preview")]
    [InlineData("FFFE", "Body", "Publish")]
    [InlineData("0008", "Title", "Preview")]
    [InlineData("0008", "Summary", "Publish")]
    [InlineData("0008", "Place", "SaveDraft")]
    [InlineData("0008", "Body", "SaveDraft")]
    public async Task A_character_the_feed_cannot_carry_gets_a_message_naming_it_and_saves_nothing(string code, string field, string handler)
    {
        var client = await factory.EditorClientAsync();
        var form = await client.NewItemFormAsync($"control-{code.ToLowerInvariant()}-{field.ToLowerInvariant()}-{handler.ToLowerInvariant()}");
        var text = $"Before{HostileText.Character(code)}after";
        form.SetText("ru", field, text);

        var page = await SubmitRefusedAsync(client, form, handler, "ru");

        Assert.Contains($"U+{code}", page.FieldErrors()[Field(form, "ru", field)]);
        Assert.Equal(text, Kept(page).Text("ru", field));
        await AssertFeedsParseAsync();
    }

    [Theory]
    [MemberData(nameof(EachHandler))]
    public async Task A_nul_character_gets_a_message_instead_of_a_blank_400_and_the_rest_of_the_text_stays(string handler)
    {
        var client = await factory.EditorClientAsync();
        var form = await client.NewItemFormAsync($"nul-{handler.ToLowerInvariant()}");
        form.SetText("en", "Body", "The text before\0the text after");

        var page = await SubmitRefusedAsync(client, form, handler, "en");

        Assert.Contains("U+0000", page.FieldErrors()[Field(form, "en", "Body")]);
        var kept = Kept(page).Text("en", "Body")!;
        Assert.StartsWith("The text before", kept);
        Assert.EndsWith("the text after", kept);
        Assert.Equal($"Title en nul-{handler.ToLowerInvariant()}", Kept(page).Text("en", "Title"));
        await AssertFeedsParseAsync();
    }

    [Theory]
    [MemberData(nameof(EachHandler))]
    public async Task A_five_megabyte_body_gets_the_too_long_message_instead_of_a_blank_400(string handler)
    {
        var client = await factory.EditorClientAsync();
        var body = new string('a', 5 * 1024 * 1024);
        var form = (await client.NewItemFormAsync($"huge-{handler.ToLowerInvariant()}")).SetText("be", "Body", body);

        var page = await SubmitRefusedAsync(client, form, handler, "be");

        Assert.Contains("100 KB", page.FieldErrors()[Field(form, "be", "Body")]);
        Assert.Equal(body.Length, Kept(page).Text("be", "Body")!.Length);
    }

    [Fact]
    public async Task A_refused_save_leaves_the_stored_item_as_it_was()
    {
        var client = await factory.EditorClientAsync();
        var id = await client.SaveAsync(await client.NewItemFormAsync("kept-as-it-was"));
        var before = await StoredAsync(id);
        var form = (await client.GetFormAsync($"/admin/news/{id}/edit"))
            .SetText("en", "Title", "A new title\u0008")
            .SetText("en", "Body", HostileText.DeepMarkdown("quotes"));

        using var response = await form.SubmitAsync(client, "Publish");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(before, await StoredAsync(id));
        await AssertFeedsParseAsync();
    }

    [Theory]
    [InlineData("en", "nested too deeply", "cannot be published")]
    [InlineData("fr", "trop profondément", "ne peut pas être publié")]
    [InlineData("ru", "слишком глубоко", "нельзя опубликовать")]
    [InlineData("be", "занадта глыбока", "нельга апублікаваць")]
    public async Task The_messages_speak_the_editors_language(string language, string nested, string character)
    {
        var client = await factory.EditorClientAsync();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        var form = (await client.NewItemFormAsync($"messages-{language}"))
            .SetText("en", "Title", "A\u0008title")
            .SetText("en", "Body", HostileText.DeepMarkdown("brackets"));

        var page = await SubmitRefusedAsync(client, form, "Publish", "en");

        Assert.Contains(nested, page.FieldErrors()[Field(form, "en", "Body")]);
        Assert.Contains(character, page.FieldErrors()[Field(form, "en", "Title")]);
    }

    /// <summary>Submits a form the editor must refuse: the editor answers with its page, stores nothing new and previews nothing of the language.</summary>
    private async Task<IHtmlDocument> SubmitRefusedAsync(HttpClient client, HtmlForm form, string handler, string language)
    {
        var before = await factory.WithDbAsync(db => db.News.IgnoreQueryFilters().CountAsync());
        using var response = await form.SubmitAsync(client, handler);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(before, await factory.WithDbAsync(db => db.News.IgnoreQueryFilters().CountAsync()));
        var page = await response.ReadDocumentAsync();
        Assert.Null(page.QuerySelector($".preview article[lang={language}]"));
        return page;
    }

    private static HtmlForm Kept(IHtmlDocument page) => HtmlForm.Read(page);

    private static string Field(HtmlForm form, string language, string field) =>
        $"Input.Translations[{form.TranslationIndex(language)}].{field}";

    private Task<string> StoredAsync(int id) => factory.WithDbAsync(async db =>
    {
        var item = await db.News.AsNoTracking().Include(n => n.Translations).SingleAsync(n => n.Id == id);
        return $"{item.Version} {item.Status} " + string.Join(" | ", item.Translations.OrderBy(t => t.Language).Select(t => t.Title + " " + t.BodyMarkdown));
    });

    private async Task AssertFeedsParseAsync()
    {
        var reader = await factory.ReadyClientAsync();
        foreach (var language in new[] { "en", "fr", "ru", "be" })
        {
            using var response = await reader.GetAsync($"/{language}/feed.xml");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            XDocument.Parse(await response.Content.ReadAsStringAsync());
        }
    }
}
