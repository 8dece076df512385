using System.Net;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Pages;

/// <summary>Methods, Host headers and addresses an attacker or a broken client sends: an ordinary answer, never a 500 or their host.</summary>
public sealed class HostileRequestsTests(FixtureContentPortal fixture) : IClassFixture<FixtureContentPortal>
{
    private const string ForeignHost = "evil.example";

    public static TheoryData<string> PublicAddresses() =>
    [
        "/en/", "/fr/news", "/ru/news/2025-03-26-sessions", "/be/institutions/congress", "/en/history", "/fr/search?q=congress",
        "/en/feed.xml", "/sitemap.xml", "/robots.txt",
    ];

    [Theory]
    [InlineData("TRACE", "/en/")]
    [InlineData("TRACE", "/fr/history")]
    [InlineData("PUT", "/ru/news")]
    [InlineData("DELETE", "/be/news/2025-03-26-sessions")]
    [InlineData("PATCH", "/en/institutions/congress")]
    [InlineData("POST", "/fr/search")]
    [InlineData("TRACE", "/sitemap.xml")]
    public async Task A_public_page_answers_any_method_but_get_and_head_with_405_and_what_it_allows(string method, string url)
    {
        var client = await fixture.ReadyClientAsync();

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow);
    }

    [Fact]
    public async Task Options_is_answered_with_what_is_allowed()
    {
        var client = await fixture.ReadyClientAsync();

        using var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Options, "/en/feed.xml"));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow);
    }

    [Fact]
    public async Task A_refused_method_gets_the_error_page_in_the_readers_language()
    {
        var client = await fixture.ReadyClientAsync();

        using var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Put, "/fr/news"));
        var page = await response.ReadDocumentAsync();

        Assert.Equal("fr", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("La demande n'a pas pu être traitée", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task The_newsroom_also_takes_post_and_says_so()
    {
        var client = await fixture.ReadyClientAsync();

        using var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Delete, "/admin/login"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD", "POST"], response.Content.Headers.Allow);
    }

    [Theory]
    [MemberData(nameof(PublicAddresses))]
    [InlineData("/")]
    public async Task Head_works_wherever_get_does(string url)
    {
        var client = await fixture.ReadyClientAsync();

        using var get = await client.GetAsync(url);
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));

        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
    }

    [Theory]
    [MemberData(nameof(PublicAddresses))]
    public async Task A_foreign_host_header_never_reaches_a_link(string url)
    {
        var client = await fixture.ReadyClientAsync();

        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Host = ForeignHost;
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(ForeignHost, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("localhost:70000")]
    [InlineData("a-very-long-host-name-that-goes-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on.example")]
    [InlineData("[::1")]
    public async Task A_malformed_host_header_gets_no_server_error_on_feeds_and_pages(string host)
    {
        var client = await fixture.ReadyClientAsync();

        foreach (var url in new[] { "/en/feed.xml", "/sitemap.xml", "/robots.txt", "/fr/news" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.TryAddWithoutValidation("Host", host);
            using var response = await client.SendAsync(request);

            Assert.True((int)response.StatusCode < 500, $"{url} with Host {host} answered {(int)response.StatusCode}");
        }
    }

    [Theory]
    [InlineData("/en/search?q=" + "%F0%9F%98%80%00%01%FF")]
    [InlineData("/fr/news?page=-1")]
    [InlineData("/ru/news?page=1e3")]
    [InlineData("/en/%ZZ")]
    [InlineData("/be/news/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/en/search?q=%22%20OR%20NEAR(a%20b)%20*")]
    public async Task A_malformed_address_or_query_gets_no_server_error(string url)
    {
        var client = await fixture.ReadyClientAsync();

        using var response = await client.GetAsync(url);

        Assert.True((int)response.StatusCode < 500, $"{url} answered {(int)response.StatusCode}");
    }

    [Fact]
    public async Task Responses_ask_for_no_device_feature_and_keep_other_windows_out()
    {
        var client = await fixture.ReadyClientAsync();

        using var response = await client.GetAsync("/en/");

        Assert.Contains("camera=()", string.Join(",", response.Headers.GetValues("Permissions-Policy")));
        Assert.Equal("same-origin", response.Headers.GetValues("Cross-Origin-Opener-Policy").Single());
    }

    [Fact]
    public async Task Without_a_configured_contact_there_is_no_security_txt()
    {
        var client = await fixture.ReadyClientAsync();

        using var response = await client.GetAsync("/.well-known/security.txt");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
