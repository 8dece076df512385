using Portal.Web.Cli.Export;

namespace Portal.Tests.Export;

/// <summary>Where the site's addresses land in a mirror, and how its pages link to one another there.</summary>
public sealed class MirrorLayoutTests
{
    [Theory]
    [InlineData("/en/", "en/index.html")]
    [InlineData("/en/news", "en/news/index.html")]
    [InlineData("/en/news?page=3", "en/news/page/3/index.html")]
    [InlineData("/fr/news/some-item", "fr/news/some-item/index.html")]
    [InlineData("/ru/feed.xml", "ru/feed.xml")]
    [InlineData("/css/site.abc123.css", "css/site.abc123.css")]
    [InlineData("/be/search", "be/search/index.html")]
    public void Every_address_is_a_file_a_static_host_serves_at_the_same_path(string address, string file) =>
        Assert.Equal(file, MirrorLayout.FileOf(address));

    [Theory]
    [InlineData("/en/news?page=2#main", "/en/news?page=2")]
    [InlineData("/en/news?page=1", "/en/news")]
    [InlineData("/en/search?q=council&page=2", "/en/search")]
    [InlineData("/admin/news", null)]
    [InlineData("https://example.org/en/", null)]
    [InlineData("//example.org/en/", null)]
    [InlineData("#main", null)]
    public void Links_to_the_site_are_followed_and_searches_lead_to_the_one_search_page(string href, string? address) =>
        Assert.Equal(address, MirrorLayout.AddressOf(href));

    [Theory]
    [InlineData("en/news/x/index.html", "en/news/page/2/index.html", false, "../page/2/")]
    [InlineData("en/news/x/index.html", "en/news/page/2/index.html", true, "../page/2/index.html")]
    [InlineData("en/index.html", "en/index.html", false, "./")]
    [InlineData("en/index.html", "en/index.html", true, "index.html")]
    [InlineData("index.html", "fr/index.html", false, "fr/")]
    [InlineData("fr/news/index.html", "css/site.abc.css", true, "../../css/site.abc.css")]
    public void Links_between_pages_are_relative_and_end_in_index_html_offline(string from, string to, bool offline, string link) =>
        Assert.Equal(link, MirrorLayout.Link(from, to, offline));
}
