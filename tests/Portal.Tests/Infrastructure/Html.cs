using AngleSharp;
using AngleSharp.Html.Dom;

namespace Portal.Tests.Infrastructure;

public static class Html
{
    public static async Task<IHtmlDocument> GetDocumentAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"GET {url} answered {(int)response.StatusCode}");
        return await response.ReadDocumentAsync();
    }

    /// <summary>The page a response brings, at the address it was asked for, so that its forms post where a browser's would.</summary>
    public static async Task<IHtmlDocument> ReadDocumentAsync(this HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var address = response.RequestMessage?.RequestUri ?? throw new InvalidOperationException("a response without its request");
        // A browsing context of its own per page: the documents of parallel tests share nothing.
        var document = await BrowsingContext.New(Configuration.Default).OpenAsync(page => page.Content(html).Address(address));
        return (IHtmlDocument)document;
    }
}
