using AngleSharp.Html.Dom;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Pages;

/// <summary>"About this site", in four languages and in every footer, and the promises it makes: no cookie, nothing from another host.</summary>
public sealed class AboutThisSiteTests(RealContentPortal fixture) : IClassFixture<RealContentPortal>
{
    private static readonly string[] Paths =
    [
        "/", "/priorities", "/history", "/highlights", "/about", "/news", "/news/2025-02-11-bureau-invites-belarusian-democratic-forces",
        "/institutions", "/institutions/committee-of-ministers", "/search?q=Europe", "/no-such-page",
    ];

    public static TheoryData<string, string> PublicPagesInEveryLanguage()
    {
        var data = new TheoryData<string, string>();
        foreach (var language in new[] { "en", "fr", "ru", "be" })
        {
            foreach (var path in Paths)
            {
                data.Add(language, path);
            }
        }

        return data;
    }

    [Theory]
    [InlineData("en", "About this site")]
    [InlineData("fr", "À propos de ce site")]
    [InlineData("ru", "Об этом сайте")]
    [InlineData("be", "Пра гэты сайт")]
    public async Task The_about_page_is_written_in_each_language_and_says_what_is_kept_how_accessible_and_how_to_copy(string language, string title)
    {
        var client = await fixture.ReadyClientAsync();

        var page = await client.GetDocumentAsync($"/{language}/about");

        Assert.Equal(title, page.QuerySelector("h1")?.TextContent.Trim());
        Assert.Null(page.QuerySelector("main article[lang]")); // its own language, not the English fallback
        Assert.Equal(3, page.QuerySelectorAll("main .prose h2").Length);
        var text = page.QuerySelector("main")!.TextContent;
        Assert.Contains("cookie", text, StringComparison.Ordinal);
        Assert.Contains("WCAG 2.1", text, StringComparison.Ordinal);
        Assert.Contains("axe-core", text, StringComparison.Ordinal);
        Assert.Contains("Nu Html Checker", text, StringComparison.Ordinal);
        Assert.Contains("SHA256SUMS", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(PublicPagesInEveryLanguage))]
    public async Task Every_footer_links_to_the_about_page_in_the_page_s_language(string language, string path)
    {
        var client = await fixture.ReadyClientAsync();

        var page = await ReadAsync(client, $"/{language}{path}");

        Assert.Single(page.QuerySelectorAll($"footer a[href='/{language}/about']"));
    }

    [Theory]
    [MemberData(nameof(PublicPagesInEveryLanguage))]
    public async Task A_public_page_sets_no_cookie_and_names_no_other_host(string language, string path)
    {
        var client = await fixture.ReadyClientAsync();

        using var response = await client.GetAsync($"/{language}{path}");
        var page = await response.ReadDocumentAsync();

        Assert.False(response.Headers.Contains("Set-Cookie"), $"{path} sets a cookie");
        var ownHost = response.RequestMessage!.RequestUri!.Host;
        var elsewhere = page.QuerySelectorAll("[src], [href], [action], [srcset]")
            .SelectMany(element => new[] { "src", "href", "action", "srcset" }.Select(element.GetAttribute))
            .OfType<string>()
            .Where(address => Uri.TryCreate(address.Trim(), UriKind.Absolute, out var uri)
                && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && uri.Host != ownHost)
            .ToList();
        Assert.True(elsewhere.Count == 0, "addresses of another host: " + string.Join(", ", elsewhere));
    }

    private static async Task<IHtmlDocument> ReadAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        return await response.ReadDocumentAsync();
    }
}
