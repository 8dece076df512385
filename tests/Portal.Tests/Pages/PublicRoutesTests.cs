using System.Net;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Pages;

public sealed class PublicRoutesTests(FixtureContentPortal fixture) : IClassFixture<FixtureContentPortal>
{
    public static TheoryData<string, string> EveryRouteInEveryLanguage()
    {
        var data = new TheoryData<string, string>();
        string[] paths = ["/", "/history", "/about", "/news", "/news/2025-03-26-sessions", "/news/2025-02-11-english-only",
            "/institutions", "/institutions/congress"];
        foreach (var language in new[] { "en", "fr", "ru", "be" })
        {
            foreach (var path in paths)
            {
                data.Add(language, path);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryRouteInEveryLanguage))]
    public async Task Every_route_answers_in_its_language_with_one_h1_and_a_switcher_to_the_same_page(string language, string path)
    {
        var client = await fixture.ReadyClientAsync();
        var url = "/" + language + path;

        var page = await client.GetDocumentAsync(url);

        Assert.Equal(language, page.DocumentElement.GetAttribute("lang"));
        Assert.Single(page.QuerySelectorAll("h1"));
        var switcher = page.QuerySelectorAll("nav.languages a").ToDictionary(a => a.GetAttribute("hreflang")!, a => a.GetAttribute("href"));
        Assert.Equal(["en", "fr", "ru", "be"], switcher.Keys);
        foreach (var (other, href) in switcher)
        {
            Assert.Equal("/" + other + path, href);
        }
    }
}
