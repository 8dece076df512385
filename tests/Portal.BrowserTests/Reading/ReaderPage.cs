using Microsoft.Playwright;

namespace Portal.BrowserTests.Reading;

public static class ReaderPage
{
    /// <summary>
    /// Opens <paramref name="url"/> and checks what every page owes a reader: the page meant (a 404 only where one
    /// is meant), nothing loaded from another host, nothing the content security policy had to block.
    /// </summary>
    public static async Task OpenAsync(this IPage page, string url, string pageType)
    {
        var requested = new List<string>();
        var blocked = new List<string>();
        page.Request += (_, request) => requested.Add(request.Url);
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                blocked.Add(message.Text);
            }
        };

        var response = await page.GotoAsync(url);

        Assert.NotNull(response);
        Assert.Equal(pageType == "not found" ? 404 : 200, response.Status);
        var origin = new Uri(page.Url).GetLeftPart(UriPartial.Authority);
        Assert.All(requested, requestUrl => Assert.StartsWith(origin + "/", requestUrl));
        Assert.Empty(blocked);
    }
}
