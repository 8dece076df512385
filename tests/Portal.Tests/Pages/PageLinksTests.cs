using Portal.Tests.Infrastructure;

namespace Portal.Tests.Pages;

/// <summary>The links a reader follows stay in their language, and the switcher leads to the same page in another.</summary>
public sealed class PageLinksTests(FixtureContentPortal fixture) : IClassFixture<FixtureContentPortal>
{
    public static TheoryData<string, string> PagesInEveryLanguage()
    {
        var data = new TheoryData<string, string>();
        foreach (var language in new[] { "en", "fr", "ru", "be" })
        {
            foreach (var path in new[] { "/", "/history", "/news", "/news/2025-03-26-sessions", "/institutions", "/institutions/congress", "/search?q=congress" })
            {
                data.Add(language, path);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PagesInEveryLanguage))]
    public async Task Every_link_outside_the_switcher_stays_in_the_pages_language_and_the_header_says_which(string language, string path)
    {
        var client = await fixture.ReadyClientAsync();

        var response = await client.GetAsync($"/{language}{path}");
        var page = await response.ReadDocumentAsync();

        Assert.Equal([language], response.Content.Headers.ContentLanguage);
        var internalLinks = page.QuerySelectorAll("a[href^='/'], form[action^='/']")
            .Where(element => element.Closest("nav.languages") is null)
            .Select(element => element.GetAttribute("href") ?? element.GetAttribute("action"))
            .ToList();
        Assert.NotEmpty(internalLinks);
        Assert.All(internalLinks, href => Assert.StartsWith($"/{language}/", href));
        var switcher = page.QuerySelectorAll("nav.languages a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(new[] { "en", "fr", "ru", "be" }.Select(other => $"/{other}{path}"), switcher);
    }
}
