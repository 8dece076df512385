using System.IO.Compression;
using System.Net.Http.Headers;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Pages;

public sealed class StaticAssetsTests(FixtureContentPortal fixture) : IClassFixture<FixtureContentPortal>
{
    [Fact]
    public async Task The_stylesheet_linked_from_a_page_is_served_with_and_without_compression()
    {
        var client = await fixture.ReadyClientAsync();
        var page = await client.GetDocumentAsync("/en/");
        var href = page.QuerySelector("link[rel=stylesheet]")?.GetAttribute("href");
        Assert.NotNull(href);
        Assert.StartsWith("/css/site.", href);

        using var plain = await client.GetAsync(href);
        using var compressedRequest = new HttpRequestMessage(HttpMethod.Get, href);
        compressedRequest.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        using var compressed = await client.SendAsync(compressedRequest);

        Assert.True(plain.IsSuccessStatusCode);
        Assert.True(compressed.IsSuccessStatusCode);
        Assert.Equal("text/css", plain.Content.Headers.ContentType?.MediaType);
        var css = await plain.Content.ReadAsStringAsync();
        Assert.Contains(".skip-link", css);
        Assert.Equal(css, await ReadMaybeGzipAsync(compressed));
    }

    [Fact]
    public async Task The_site_has_an_icon_of_its_own_where_browsers_look_for_it()
    {
        var client = await fixture.ReadyClientAsync();
        var page = await client.GetDocumentAsync("/ru/news");
        var href = page.QuerySelector("link[rel=icon]")!.GetAttribute("href")!;

        using var svg = await client.GetAsync(href);
        using var ico = await client.GetAsync("/favicon.ico");

        Assert.Matches("^/favicon\\.[a-z0-9.]*svg$", href);
        Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<svg", await svg.Content.ReadAsStringAsync());
        Assert.True(ico.IsSuccessStatusCode);
        Assert.Equal([0, 0, 1, 0], (await ico.Content.ReadAsByteArrayAsync())[..4]);
    }

    private static async Task<string> ReadMaybeGzipAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStreamAsync();
        if (response.Content.Headers.ContentEncoding.Contains("gzip"))
        {
            body = new GZipStream(body, CompressionMode.Decompress);
        }

        return await new StreamReader(body).ReadToEndAsync();
    }
}
