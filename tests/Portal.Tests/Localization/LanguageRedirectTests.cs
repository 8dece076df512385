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

    [Fact]
    public async Task The_saved_choice_wins_over_the_browser_languages()
    {
        var client = await fixture.ReadyClientAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Accept-Language", "fr");
        request.Headers.Add("Cookie", ".AspNetCore.Culture=c%3Dru%7Cuic%3Dru");

        using var response = await client.SendAsync(request);

        Assert.Equal("/ru/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Reading_a_page_in_a_language_saves_that_choice_for_the_next_visit_to_the_root()
    {
        var client = await fixture.ReadyClientAsync();
        using var page = await client.GetAsync("/be/news");
        var cookie = Assert.Single(page.Headers.GetValues("Set-Cookie"));
        Assert.Contains("uic%3Dbe", cookie);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Accept-Language", "en");
        request.Headers.Add("Cookie", cookie.Split(';')[0]);
        using var response = await client.SendAsync(request);

        Assert.Equal("/be/", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/fr/no-such-page")]
    [InlineData("/ru/news/no-such-item")]
    [InlineData("/")]
    public async Task A_page_not_found_or_a_redirect_does_not_change_the_saved_choice(string url)
    {
        var client = await fixture.ReadyClientAsync();

        using var response = await client.GetAsync(url);

        Assert.False(response.Headers.Contains("Set-Cookie"), $"{url} set a cookie");
    }
}
