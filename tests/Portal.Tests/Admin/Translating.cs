using System.Net;
using AngleSharp.Html.Dom;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Admin;

/// <summary>What a translator does and sees in the newsroom: an item's state per language, the side-by-side editor and the queues.</summary>
public static class Translating
{
    public const string EnglishBody = "The Committee met on Tuesday in Strasbourg.\n\nIt adopted a decision.";

    /// <summary>A published item in four languages whose English body has one word to change (Tuesday).</summary>
    public static async Task<int> ItemInFourLanguagesAsync(this HttpClient client, string slug) =>
        await client.SaveAsync((await client.NewItemFormAsync(slug)).SetText("en", "Body", EnglishBody));

    /// <summary>Saves the item's full form with the English body changed.</summary>
    public static async Task ChangeEnglishBodyAsync(this HttpClient client, int id, string body) =>
        await client.SaveAsync((await client.GetFormAsync($"/admin/news/{id}/edit")).SetText("en", "Body", body));

    /// <summary>The state the news list shows for a language of the item ("up to date", "older than the English", "missing").</summary>
    public static async Task<string> ListedStateAsync(this HttpClient client, int id, string language) =>
        (await client.GetDocumentAsync("/admin")).QuerySelector($"a[href='/admin/news/{id}/edit']")!.Closest("tr")!
            .QuerySelector($"td[data-language={language}]")!.TextContent;

    /// <summary>A field's diff read as its English text was before (without insertions) or is now (without deletions).</summary>
    public static string TextOf(AngleSharp.Dom.IElement diff, bool before)
    {
        var copy = (AngleSharp.Dom.IElement)diff.Clone();
        foreach (var left in copy.QuerySelectorAll(before ? "ins, .visually-hidden" : "del, .visually-hidden"))
        {
            left.Remove();
        }

        return copy.TextContent;
    }

    public static Task<IHtmlDocument> SideBySideAsync(this HttpClient client, int id, string language) =>
        client.GetDocumentAsync($"/admin/news/{id}/translate/{language}");

    /// <summary>The side-by-side form of a page (the one that saves the translation).</summary>
    public static HtmlForm TranslationForm(this IHtmlDocument page) => HtmlForm.Read(page, "form.translation-target");

    /// <summary>Presses "mark as up to date" on a side-by-side page.</summary>
    public static async Task<HttpResponseMessage> MarkUpToDateAsync(this HttpClient client, IHtmlDocument page) =>
        await HtmlForm.Read(page, "form.mark-up-to-date").SubmitAsync(client);

    public static async Task SaveTranslationAsync(this HttpClient client, HtmlForm form)
    {
        using var response = await form.SubmitAsync(client);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect,
            $"the translation was not saved ({(int)response.StatusCode}): {(await response.ReadDocumentAsync()).QuerySelector("main")?.TextContent}");
    }
}
