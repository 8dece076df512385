using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Hosting;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Seo;

public sealed class HeadMetadataTests(HeadMetadataTests.PortalAtPublicAddress fixture) : IClassFixture<HeadMetadataTests.PortalAtPublicAddress>
{
    /// <summary>The fixture content served as if from its public address, behind a proxy.</summary>
    public sealed class PortalAtPublicAddress() : PortalFactory(TestPaths.FixtureContent)
    {
        public const string PublicBaseUrl = "https://belarus.example.org";

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Portal:PublicBaseUrl", PublicBaseUrl + "/");
        }
    }

    private const string Base = PortalAtPublicAddress.PublicBaseUrl;

    public static TheoryData<string, string> PagesInEveryLanguage()
    {
        var data = new TheoryData<string, string>();
        foreach (var language in new[] { "en", "fr", "ru", "be" })
        {
            foreach (var path in new[] { "/", "/history", "/news", "/news/2025-03-26-sessions", "/institutions/congress", "/search?q=congress" })
            {
                data.Add(language, path);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PagesInEveryLanguage))]
    public async Task The_head_of_every_page_describes_it_with_absolute_urls(string language, string path)
    {
        var client = await fixture.ReadyClientAsync();
        var url = $"{Base}/{language}{path}";

        var page = await client.GetDocumentAsync($"/{language}{path}");

        var title = page.Title!;
        Assert.Matches(@"^\S.* — \S.*$", title);
        Assert.False(string.IsNullOrWhiteSpace(Meta(page, "name", "description")));
        Assert.Equal(url, page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        var alternates = page.QuerySelectorAll("link[rel=alternate][hreflang]")
            .ToDictionary(l => l.GetAttribute("hreflang")!, l => l.GetAttribute("href"));
        Assert.Equal(["en", "fr", "ru", "be", "x-default"], alternates.Keys);
        foreach (var other in new[] { "en", "fr", "ru", "be" })
        {
            Assert.Equal($"{Base}/{other}{path}", alternates[other]);
        }

        Assert.Equal($"{Base}/en{path}", alternates["x-default"]);
        Assert.Equal(title[..title.LastIndexOf(" — ", StringComparison.Ordinal)], Meta(page, "property", "og:title"));
        Assert.Equal(Meta(page, "name", "description"), Meta(page, "property", "og:description"));
        Assert.Equal(url, Meta(page, "property", "og:url"));
        Assert.Equal(path.StartsWith("/news/", StringComparison.Ordinal) ? "article" : "website", Meta(page, "property", "og:type"));
        var locales = new Dictionary<string, string> { ["en"] = "en_GB", ["fr"] = "fr_FR", ["ru"] = "ru_RU", ["be"] = "be_BY" };
        Assert.Equal(locales[language], Meta(page, "property", "og:locale"));
        Assert.Equal(locales.Where(l => l.Key != language).Select(l => l.Value),
            page.QuerySelectorAll("meta[property='og:locale:alternate']").Select(m => m.GetAttribute("content")));
        Assert.Equal($"{Base}/{language}/feed.xml", page.QuerySelector("link[rel=alternate][type='application/atom+xml']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Titles_are_in_the_page_language_and_differ_from_page_to_page()
    {
        var client = await fixture.ReadyClientAsync();
        string[] paths = ["/fr/", "/fr/history", "/fr/news", "/fr/news/2025-03-26-sessions", "/fr/institutions", "/fr/institutions/congress",
            "/fr/search", "/fr/search?q=congress"];

        var titles = new List<string>();
        foreach (var path in paths)
        {
            titles.Add((await client.GetDocumentAsync(path)).Title!);
        }

        Assert.Equal(titles.Count, titles.Distinct().Count());
        Assert.All(titles, t => Assert.EndsWith(" — Groupe de contact sur le Bélarus", t));
    }

    [Fact]
    public async Task Search_results_and_error_pages_ask_not_to_be_indexed_and_an_error_has_no_canonical_address()
    {
        var client = await fixture.ReadyClientAsync();

        var search = await client.GetDocumentAsync("/ru/search?q=congress");
        using var missing = await client.GetAsync("/ru/no-such-page");
        var notFound = await missing.ReadDocumentAsync();

        Assert.Equal("noindex", Meta(search, "name", "robots"));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("noindex", Meta(notFound, "name", "robots"));
        Assert.Null(notFound.QuerySelector("link[rel=canonical]"));
        Assert.Null(Meta(await client.GetDocumentAsync("/ru/news"), "name", "robots"));
    }

    private static string? Meta(IHtmlDocument page, string attribute, string name) =>
        page.QuerySelector($"meta[{attribute}='{name}']")?.GetAttribute("content");
}

public sealed class HeadMetadataWithoutPublicAddressTests(FixtureContentPortal fixture) : IClassFixture<FixtureContentPortal>
{
    [Fact]
    public async Task Without_a_public_address_urls_are_made_from_the_request()
    {
        var client = await fixture.ReadyClientAsync();

        var page = await client.GetDocumentAsync("/be/institutions/congress");

        Assert.Equal("http://localhost/be/institutions/congress", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("http://localhost/be/feed.xml", page.QuerySelector("link[type='application/atom+xml']")!.GetAttribute("href"));
    }
}
