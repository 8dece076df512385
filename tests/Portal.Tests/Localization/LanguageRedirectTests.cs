using System.Net;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Localization;

public sealed class LanguageRedirectTests(FixtureContentPortal fixture) : IClassFixture<FixtureContentPortal>
{
    [Theory]
    [InlineData("be-BY,be;q=0.9,ru;q=0.8", "/be/")]
    [InlineData("fr-CH, fr;q=0.9, en;q=0.8", "/fr/")]
    [InlineData("ru", "/ru/")]
    [InlineData("de-DE,de;q=0.9", "/en/")]
    [InlineData("", "/en/")]
    [InlineData(";;q=x,,\u0000garbage", "/en/")]
    public async Task The_root_redirects_to_the_best_language_of_the_browser(string acceptLanguage, string expected)
    {
        var client = await fixture.ReadyClientAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/be/news")]
    [InlineData("/fr/")]
    [InlineData("/ru/institutions/congress")]
    [InlineData("/en/search?q=congress")]
    public async Task Reading_a_page_leaves_no_cookie_and_the_root_still_follows_the_browser(string url)
    {
        var client = await fixture.ReadyClientAsync();

        using var page = await client.GetAsync(url);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Accept-Language", "en");
        using var root = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.False(page.Headers.Contains("Set-Cookie"), $"{url} set a cookie");
        Assert.Equal("/en/", root.Headers.Location?.OriginalString);
        Assert.Equal(["Accept-Language"], root.Headers.Vary);
    }

    [Theory]
    [InlineData("/fr/no-such-page")]
    [InlineData("/ru/news/no-such-item")]
    [InlineData("/")]
    public async Task A_page_not_found_or_a_redirect_sets_no_cookie_either(string url)
    {
        var client = await fixture.ReadyClientAsync();

        using var response = await client.GetAsync(url);

        Assert.False(response.Headers.Contains("Set-Cookie"), $"{url} set a cookie");
    }
}
