using System.Globalization;
using AngleSharp.Html.Dom;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Admin;

public sealed class TranslationQueueTests() : TranslationQueueTestsOn(new NewsroomFactory());

/// <summary>The same tests on PostgreSQL.</summary>
public sealed class TranslationQueueOnPostgreSqlTests() : TranslationQueueTestsOn(new PostgreSqlNewsroomFactory());

/// <summary>
/// <c>/admin/translations</c> counts and lists what each language lacks, on a database of its own for each test (the fixture
/// content: one item in four languages, one in English only).
/// </summary>
public abstract class TranslationQueueTestsOn(NewsroomFactory factory) : IDisposable
{

    [Fact]
    public async Task The_queues_count_and_list_what_each_language_lacks_after_creating_translating_and_changing_items()
    {
        var client = await factory.EditorClientAsync();
        Assert.Equal((1, 0), await CountsAsync(client, "fr"));
        Assert.Equal((1, 0), await CountsAsync(client, "be"));

        // Created in English and French only.
        var form = await client.NewItemFormAsync("queued-item");
        foreach (var language in new[] { "ru", "be" })
        {
            form.SetText(language, "Title", "").SetText(language, "Summary", "").SetText(language, "Place", "").SetText(language, "Body", "");
        }

        var id = await client.SaveAsync(form);
        Assert.Equal((1, 0), await CountsAsync(client, "fr"));
        Assert.Equal((2, 0), await CountsAsync(client, "ru"));
        Assert.Equal((2, 0), await CountsAsync(client, "be"));

        // Translated into Russian side by side, from its queue.
        var queue = await client.GetDocumentAsync("/admin/translations/ru");
        var link = Assert.Single(queue.QuerySelectorAll("table.queue a"), a => a.TextContent == "Title en queued-item");
        Assert.Equal($"/admin/news/{id}/translate/ru", link.GetAttribute("href"));
        await client.SaveTranslationAsync((await client.GetDocumentAsync(link.GetAttribute("href")!)).TranslationForm()
            .Set("Input.Text.Title", "Заголовок").Set("Input.Text.Body", "Текст."));
        Assert.Equal((1, 0), await CountsAsync(client, "ru"));

        // The English changes: French and Russian are out of date, Belarusian still missing.
        await client.ChangeEnglishBodyAsync(id, "A corrected English text.");
        Assert.Equal((1, 1), await CountsAsync(client, "fr"));
        Assert.Equal((1, 1), await CountsAsync(client, "ru"));
        Assert.Equal((2, 0), await CountsAsync(client, "be"));

        // The longest waiting first: the English-only item imported at start-up, then the one changed now.
        var rows = (await client.GetDocumentAsync("/admin/translations/ru")).QuerySelectorAll("table.queue tbody tr");
        Assert.Equal(2, rows.Length);
        Assert.Equal(["missing", "older than the English"], rows.Select(r => r.QuerySelectorAll("td")[0].TextContent));
        Assert.Equal($"/admin/news/{id}/translate/ru", rows[1].QuerySelector("a")!.GetAttribute("href"));
        var waitingSince = rows.Select(r => DateTime.Parse(r.QuerySelector("time")!.GetAttribute("datetime")!, CultureInfo.InvariantCulture)).ToList();
        Assert.True(waitingSince[0] <= waitingSince[1]);
    }

    [Fact]
    public async Task A_language_with_nothing_to_translate_says_so()
    {
        var client = await factory.EditorClientAsync();
        var englishOnly = (await client.GetDocumentAsync("/admin/translations/fr")).QuerySelector("table.queue a")!.GetAttribute("href")!;
        await client.SaveTranslationAsync((await client.GetDocumentAsync(englishOnly)).TranslationForm()
            .Set("Input.Text.Title", "Un titre").Set("Input.Text.Body", "Un texte."));

        var page = await client.GetDocumentAsync("/admin/translations/fr");

        Assert.Null(page.QuerySelector("table.queue"));
        Assert.Contains("every news item is up to date in Français", page.QuerySelector(".notice")!.TextContent);
        Assert.Equal((0, 0), await CountsAsync(client, "fr"));
    }

    public void Dispose()
    {
        factory.Dispose();
        GC.SuppressFinalize(this);
    }

    private static async Task<(int Missing, int OutOfDate)> CountsAsync(HttpClient client, string language)
    {
        IHtmlDocument page = await client.GetDocumentAsync("/admin/translations");
        var row = page.QuerySelector($"table.queue-counts tr[data-language={language}]")!;
        return (int.Parse(row.QuerySelector(".missing")!.TextContent, CultureInfo.InvariantCulture),
            int.Parse(row.QuerySelector(".out-of-date")!.TextContent, CultureInfo.InvariantCulture));
    }
}
